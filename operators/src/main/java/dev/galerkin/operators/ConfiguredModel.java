package dev.galerkin.operators;

import dev.galerkin.GalerkinException;

/**
 * The part every model family's model shares: its family name and its configuration record,
 * stored in model files as JSON ({@link ConfigJson}). A family's model extends it and adds only its
 * forward pass.
 *
 * @param <C> the family's configuration record
 */
public abstract class ConfiguredModel<C extends Record> implements OperatorModel {
  private final String type;
  private final C config;

  /**
   * @param type the family name stored in model files, for example {@code fno}
   * @param config the validated configuration
   */
  protected ConfiguredModel(String type, C config) {
    if (config == null) {
      throw new GalerkinException(type + ": config must not be null");
    }
    this.type = type;
    this.config = config;
  }

  /** @return the hyperparameters */
  public C config() {
    return config;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String architectureJson() {
    return ConfigJson.write(config);
  }
}
