// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.testing;

import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.util.Optional;

/** The file-name suffix of a fixture says which syntax and dialect it is read as. */
public enum FixtureFormat {
  STRONGSWAN_IPSEC_CONF(".strongswan-ipsec.conf", FileKind.IPSEC_CONF, Implementation.STRONGSWAN),
  LIBRESWAN_IPSEC_CONF(".libreswan-ipsec.conf", FileKind.IPSEC_CONF, Implementation.LIBRESWAN),
  SWANCTL_CONF(".swanctl.conf", FileKind.SWANCTL_CONF, Implementation.STRONGSWAN),
  STRONGSWAN_CONF(".strongswan.conf", FileKind.STRONGSWAN_CONF, Implementation.STRONGSWAN),
  STRONGSWAN_SECRETS(".strongswan-ipsec.secrets", FileKind.IPSEC_SECRETS, Implementation.STRONGSWAN),
  LIBRESWAN_SECRETS(".libreswan-ipsec.secrets", FileKind.IPSEC_SECRETS, Implementation.LIBRESWAN);

  private final String suffix;
  private final FileKind kind;
  private final Implementation dialect;

  FixtureFormat(String suffix, FileKind kind, Implementation dialect) {
    this.suffix = suffix;
    this.kind = kind;
    this.dialect = dialect;
  }

  public FileKind kind() {
    return kind;
  }

  public Implementation dialect() {
    return dialect;
  }

  /** The format of a file of this kind read by this implementation's daemon. */
  public static Optional<FixtureFormat> of(FileKind kind, Implementation dialect) {
    for (FixtureFormat format : values()) {
      if (format.kind == kind && (format.dialect == dialect || !kind.hasDialects())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  public static Optional<FixtureFormat> ofFileName(String name) {
    for (FixtureFormat format : values()) {
      if (name.endsWith(format.suffix) && name.length() > format.suffix.length()) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
