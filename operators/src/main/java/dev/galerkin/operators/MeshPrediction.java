package dev.galerkin.operators;

import dev.galerkin.GalerkinException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link MeshModel} predicts for one shape: for each output quantity, the predictive mean and
 * standard deviation, laid out as the quantity's {@code MeshFieldSpec} says (nodal quantities node
 * major, {@code values[node * components + c]}, on the mesh predicted on).
 *
 * @param mean output name → predictive mean
 * @param deviation output name → predictive standard deviation ({@code >= 0}), same lengths
 */
public record MeshPrediction(Map<String, double[]> mean, Map<String, double[]> deviation) {

  /** Checks both maps name the same outputs with equal lengths, and copies them. */
  public MeshPrediction {
    if (!mean.keySet().equals(deviation.keySet())) {
      throw new GalerkinException("MeshPrediction: means for " + mean.keySet()
          + " but deviations for " + deviation.keySet());
    }
    Map<String, double[]> m = new LinkedHashMap<>();
    Map<String, double[]> d = new LinkedHashMap<>();
    for (String k : mean.keySet()) {
      if (mean.get(k).length != deviation.get(k).length) {
        throw new GalerkinException("MeshPrediction '" + k + "': " + mean.get(k).length
            + " means but " + deviation.get(k).length + " deviations");
      }
      m.put(k, mean.get(k).clone());
      d.put(k, deviation.get(k).clone());
    }
    mean = Collections.unmodifiableMap(m);
    deviation = Collections.unmodifiableMap(d);
  }
}
