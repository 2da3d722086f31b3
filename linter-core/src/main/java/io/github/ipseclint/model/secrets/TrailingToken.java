// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.Span;

/**
 * A token after the secret. strongSwan ignores it silently, Libreswan drops the record; either
 * way it often is the rest of a secret (an unquoted PSK with blanks), so its text is secret too.
 */
public record TrailingToken(SecretBytes text, SecretQuoting quoting, Span span) {}
