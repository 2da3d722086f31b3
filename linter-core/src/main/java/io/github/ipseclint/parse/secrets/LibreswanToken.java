// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.secrets;

import io.github.ipseclint.model.secrets.SecretQuoting;
import io.github.ipseclint.model.source.Span;

/**
 * One token of a Libreswan record as lex.c returns it: quotes removed, a trailing ':' split off
 * into a token of its own.
 *
 * @param text the bytes (ISO-8859-1 chars) without the quotes
 * @param unterminated a quote without its closing quote: the text keeps the opening quote
 */
record LibreswanToken(String text, SecretQuoting quoting, boolean unterminated, boolean colon, Span span) {

  boolean isKeyword(String keyword) {
    return quoting == SecretQuoting.NONE && text.equalsIgnoreCase(keyword);
  }

  /** Literal text for the PSK code: double or single quotes (backticks count as unquoted). */
  boolean isLiteral() {
    return !unterminated && (quoting == SecretQuoting.DOUBLE_QUOTES || quoting == SecretQuoting.SINGLE_QUOTES);
  }
}
