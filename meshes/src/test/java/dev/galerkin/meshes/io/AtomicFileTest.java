package dev.galerkin.meshes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path tmp;

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path f = tmp.resolve("mesh.msh");
    Files.writeString(f, "old");
    assertThrows(UncheckedIOException.class, () -> AtomicFile.write(f, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    }));
    assertEquals("old", Files.readString(f));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(f), s.toList());
    }
    AtomicFile.write(f, out -> out.write("new".getBytes()));
    assertEquals("new", Files.readString(f));
  }
}
