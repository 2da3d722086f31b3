// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.Span;

/** One line (strongSwan) or record (Libreswan) of an {@code ipsec.secrets} file. */
public sealed interface SecretsStatement permits SecretEntry, SecretsInclude {
  Span span();
}
