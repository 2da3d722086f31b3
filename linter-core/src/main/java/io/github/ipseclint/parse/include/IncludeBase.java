// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.include;

/** What a relative include pattern is relative to. */
public enum IncludeBase {
  /** strongSwan (every format) and Libreswan's ipsec.secrets: the including file's directory. */
  INCLUDING_FILE_DIRECTORY,
  /**
   * Libreswan's ipsec.conf: the daemon's working directory, which is {@code /} for the service;
   * mapped to the root like every absolute path.
   */
  WORKING_DIRECTORY
}
