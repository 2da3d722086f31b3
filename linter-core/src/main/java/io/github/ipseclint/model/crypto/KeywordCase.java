// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import io.github.ipseclint.model.target.Implementation;
import java.util.Locale;

/**
 * How a daemon compares proposal keywords: strongSwan's gperf table is case-sensitive
 * ({@code AES256} is unknown), Libreswan matches its alias lists case-insensitively.
 */
public enum KeywordCase {
  SENSITIVE,
  INSENSITIVE;

  public static KeywordCase of(Implementation implementation) {
    return implementation == Implementation.STRONGSWAN ? SENSITIVE : INSENSITIVE;
  }

  /** The form keywords are stored and looked up in. */
  public String normalize(String keyword) {
    return this == SENSITIVE ? keyword : keyword.toLowerCase(Locale.ROOT);
  }
}
