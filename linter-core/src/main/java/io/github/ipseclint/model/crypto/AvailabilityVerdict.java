// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** Whether a release accepts a keyword. */
public enum AvailabilityVerdict {
  AVAILABLE,
  /** Introduced in a later release. */
  NOT_YET,
  /** Removed before this release. */
  REMOVED,
  /** Still known to the parser, but compiled out of default builds (Libreswan). */
  NOT_BUILT_BY_DEFAULT
}
