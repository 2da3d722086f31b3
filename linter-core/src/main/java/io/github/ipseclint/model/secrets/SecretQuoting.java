// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

/** How a token of an {@code ipsec.secrets} file was written. */
public enum SecretQuoting {
  NONE,
  DOUBLE_QUOTES,
  SINGLE_QUOTES,
  /** Libreswan only: accepted by the lexer, treated as unquoted by the PSK code. */
  BACKTICKS;

  public static SecretQuoting ofQuote(char quote) {
    if (quote == '"') {
      return DOUBLE_QUOTES;
    }
    if (quote == '\'') {
      return SINGLE_QUOTES;
    }
    return quote == '`' ? BACKTICKS : NONE;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
