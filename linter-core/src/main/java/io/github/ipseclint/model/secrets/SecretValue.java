// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.Span;
import java.util.Optional;

/**
 * The secret token of an entry: what was written (quotes removed), how, and what the daemon
 * decodes it to. Both byte strings are {@link SecretBytes}, so this record prints no secret.
 *
 * @param written the bytes as written between the quotes (or the whole unquoted token)
 * @param terminated false for a quote without its closing quote
 * @param decoded the bytes the daemon uses; empty when it rejects the value
 * @param span the token including its quotes
 */
public record SecretValue(
    SecretBytes written,
    SecretQuoting quoting,
    boolean terminated,
    SecretEncoding encoding,
    Optional<SecretBytes> decoded,
    Span span) {}
