// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

/** How a value token was written. */
public enum Quoting {
  NONE,
  DOUBLE_QUOTES,
  /** Libreswan's alternative quote: {@code {10.1.0.0/16 10.2.0.0/16}}. */
  BRACES
}
