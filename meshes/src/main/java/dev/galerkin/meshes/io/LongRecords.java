package dev.galerkin.meshes.io;

import java.util.Arrays;

/** Fixed-width records of longs, sortable by their first field. */
final class LongRecords {
  private final int width;
  private long[] data = new long[1024];
  private int size;

  LongRecords(int width) {
    this.width = width;
  }

  void add(long v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, 2 * data.length);
    }
    data[size++] = v;
  }

  int size() {
    return size / width;
  }

  long[] sortedRecords() {
    int n = size();
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = data[i * width] > data[(i - 1) * width];
    }
    if (sorted) {
      return Arrays.copyOf(data, size);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> Long.compare(data[p * width], data[q * width]));
    long[] out = new long[size];
    for (int i = 0; i < n; i++) {
      System.arraycopy(data, order[i] * width, out, i * width, width);
    }
    return out;
  }
}
