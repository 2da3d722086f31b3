// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** What the daemon does with a CHILD config after loading it (swanctl {@code start_action}, {@code auto=}). */
public enum StartAction {
  /** ipsec.conf {@code auto=ignore}: not even loaded by the automatic start-up. */
  IGNORE,
  /** Loaded and waits for the peer ({@code none}, {@code auto=add}). */
  NONE,
  /** Installs trap policies and negotiates on traffic ({@code trap}, {@code route}, {@code ondemand}). */
  TRAP,
  /** Initiates at once ({@code start}, {@code auto=start}, Libreswan {@code up} and {@code keep}). */
  START,
  /** swanctl {@code trap|start} (5.9.6 and later). */
  TRAP_AND_START;

  public boolean initiates() {
    return this == START || this == TRAP_AND_START;
  }
}
