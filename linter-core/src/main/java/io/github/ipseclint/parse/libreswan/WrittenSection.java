// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.Setting;
import java.util.List;

/**
 * One section header and the parameter lines that belong to it once includes are spliced in,
 * in the order the daemon reads them.
 */
record WrittenSection(SectionHeader header, List<Setting> settings) {

  WrittenSection {
    settings = List.copyOf(settings);
  }

  boolean isConfigSetup() {
    return header.kind() == io.github.ipseclint.model.conf.SectionKind.CONFIG_SETUP;
  }

  boolean isDefault() {
    return header.isDefault();
  }

  /** How the daemon names this section in messages: {@code conn}, {@code conn %default}, ... */
  String label() {
    if (isConfigSetup()) {
      return "config setup";
    }
    return isDefault() ? "conn %default" : "conn";
  }
}
