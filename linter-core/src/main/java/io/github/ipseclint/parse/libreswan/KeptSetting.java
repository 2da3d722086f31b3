// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.source.ByteText;

/**
 * A setting the daemon's parser keeps, under its canonical key (lower case, {@code left-x}
 * folded to {@code leftx}).
 */
record KeptSetting(Setting setting, String key, boolean isAlso) {

  ByteText value() {
    return setting.valueText();
  }

  boolean isEmpty() {
    return setting.value().isEmpty() || setting.valueText().isEmpty();
  }

  /** {@code key=value} as the daemon prints it in messages. */
  String written() {
    return setting.keyText().display() + "=" + value().display();
  }
}
