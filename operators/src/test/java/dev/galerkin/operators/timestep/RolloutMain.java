package dev.galerkin.operators.timestep;

import dev.galerkin.data.FloatArray;
import dev.galerkin.data.Shape;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link TrajectoryTrainingTest}: loads a time-stepper, rolls out 16 frames
 * of field {@code w} from the trajectories in a file, and writes the frames.
 * Arguments: {@code MODEL.h5 INPUT.bin OUTPUT.bin}.
 */
public final class RolloutMain {
  private RolloutMain() {}

  public static void main(String[] args) throws IOException {
    try (TimeStepper s = TimeStepper.load(Path.of(args[0]))) {
      FloatArray w = readArray(Path.of(args[1]));
      Rollout.Result r = s.rollout(Map.of("w", w), Map.of(), 16);
      writeArray(r.frames().get("w"), Path.of(args[2]));
    }
  }

  /** Writes rank, dimensions and values, big-endian. */
  static void writeArray(FloatArray a, Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      long[] d = a.shape().dims();
      out.writeInt(d.length);
      for (long x : d) {
        out.writeLong(x);
      }
      for (float v : a.toArray()) {
        out.writeFloat(v);
      }
    }
  }

  static FloatArray readArray(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      long[] d = new long[in.readInt()];
      for (int i = 0; i < d.length; i++) {
        d[i] = in.readLong();
      }
      Shape s = Shape.of(d);
      float[] v = new float[Math.toIntExact(s.size())];
      for (int i = 0; i < v.length; i++) {
        v[i] = in.readFloat();
      }
      return FloatArray.wrap(s, v);
    }
  }

  static float[] readFloats(Path file) throws IOException {
    return readArray(file).toArray();
  }
}
