package dev.galerkin.data.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicLong;

/** A read-only file channel that counts the bytes read or mapped through it. */
public final class CountingChannel extends FileChannel {
  private final FileChannel in;
  /** The bytes read or mapped so far. */
  public final AtomicLong bytes = new AtomicLong();

  /** Counts what is read through {@code in}. */
  public CountingChannel(FileChannel in) {
    this.in = in;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return count(in.read(dst));
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    long n = in.read(dsts, offset, length);
    bytes.addAndGet(Math.max(0, n));
    return n;
  }

  @Override
  public int read(ByteBuffer dst, long position) throws IOException {
    return count(in.read(dst, position));
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    bytes.addAndGet(size);
    return in.map(mode, position, size);
  }

  private int count(int n) {
    bytes.addAndGet(Math.max(0, n));
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int write(ByteBuffer src, long position) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long position() throws IOException {
    return in.position();
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    in.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return in.size();
  }

  @Override
  public FileChannel truncate(long size) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void force(boolean metaData) throws IOException {
    in.force(metaData);
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    long n = in.transferTo(position, count, target);
    bytes.addAndGet(n);
    return n;
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return in.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return in.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    in.close();
  }
}
