// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import java.util.Locale;

/** What a rule is about; SARIF {@code properties.tags} and {@code --list-rules} show the labels. */
public enum Tag {
  /** A weakness an attacker can use; such rules also carry a security-severity score. */
  SECURITY,
  CRYPTO,
  AUTHENTICATION,
  SECRETS,
  /** The daemon behaves differently from what the text suggests, or refuses it. */
  CORRECTNESS,
  /** The daemon's parser rejects or skips text. */
  SYNTAX,
  STYLE,
  /** About ipseclint itself: suppressions and internal errors. */
  TOOLING;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
