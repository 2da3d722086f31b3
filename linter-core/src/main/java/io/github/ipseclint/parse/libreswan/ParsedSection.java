// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.source.ByteText;
import java.util.List;

/**
 * A section with the settings its parser keeps: known keywords only, duplicates already
 * settled ({@code dropped} when 4.x drops the conn for a duplicate key).
 */
record ParsedSection(WrittenSection written, List<KeptSetting> kept, boolean dropped) {

  ParsedSection {
    kept = List.copyOf(kept);
  }

  ByteText name() {
    return written.header().nameText();
  }
}
