// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

/**
 * One line a daemon is predicted to log, without its prefix (strongSwan's thread and group,
 * Libreswan's {@code "conn" #n:}), with placeholders such as {@code <spi>} where the value is only
 * known at run time. Never holds a secret.
 *
 * @param event what the line belongs to: the setup, or a later event of the lifecycle
 */
public record LogLine(Event event, String text) {

  /** The part of the tunnel's life a log line belongs to. */
  public enum Event {
    LOAD,
    SETUP,
    REKEY,
    EXPIRY,
    RECREATE,
    REAUTH;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static LogLine setup(String text) {
    return new LogLine(Event.SETUP, text);
  }

  @Override
  public String toString() {
    return event == Event.SETUP ? text : "(" + event.label() + ") " + text;
  }
}
