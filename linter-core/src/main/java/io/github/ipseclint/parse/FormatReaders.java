// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.libreswan.LibreswanConfReader;
import io.github.ipseclint.parse.secrets.LibreswanSecretsReader;
import io.github.ipseclint.parse.secrets.StrongswanSecretsReader;
import io.github.ipseclint.parse.settings.SettingsReader;
import io.github.ipseclint.parse.strongswan.StrongswanConfReader;

/** The reader of each syntax and dialect. */
public final class FormatReaders {
  private FormatReaders() {}

  public static FormatReader of(FileKind kind, Implementation dialect) {
    return switch (kind) {
      case IPSEC_CONF -> dialect == Implementation.STRONGSWAN
          ? new StrongswanConfReader()
          : new LibreswanConfReader();
      case SWANCTL_CONF, STRONGSWAN_CONF -> new SettingsReader(kind);
      case IPSEC_SECRETS -> dialect == Implementation.STRONGSWAN
          ? new StrongswanSecretsReader()
          : new LibreswanSecretsReader();
    };
  }
}
