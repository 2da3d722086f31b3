// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.secrets;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;

/**
 * One selector (strongSwan) or index (Libreswan) as written, quotes removed.
 *
 * @param valid false when the daemon skips this index (Libreswan) while keeping the entry
 */
public record Selector(Located<ByteText> text, SecretQuoting quoting, boolean valid) {}
