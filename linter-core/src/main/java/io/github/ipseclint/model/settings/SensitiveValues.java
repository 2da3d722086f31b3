// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import java.util.List;
import java.util.Locale;

/**
 * Which values must never be shown (dumps, toString, messages). Deliberately broad: masking a
 * harmless value costs little, printing a key costs a lot. Covers swanctl's {@code secret} (PSKs,
 * EAP/XAUTH/NTLM passwords, PPKs, private key passphrases) and {@code pin}, and strongswan.conf
 * keys such as {@code eap-radius.secret}, {@code ...password} and database URIs with credentials.
 */
public final class SensitiveValues {
  /** What a dump shows instead of a sensitive value. */
  public static final String MASK = "\"********\"";

  private static final List<String> MARKERS =
      List.of("secret", "pin", "passw", "passphrase", "psk", "database", "key_data");

  private SensitiveValues() {}

  /** True for keys whose value is a secret wherever they appear. */
  public static boolean isSensitiveKey(ByteText key) {
    String name = key.latin1().toLowerCase(Locale.ROOT);
    return MARKERS.stream().anyMatch(name::contains);
  }

  /** True when {@code key} in the section at {@code path} (dotted, from the root) holds a secret. */
  public static boolean isSensitive(ByteText path, ByteText key) {
    // Every value of a swanctl secrets section except its identities may be secret material.
    boolean inSecrets = path.latin1().startsWith("secrets.");
    boolean identity = key.latin1().startsWith("id");
    return isSensitiveKey(key) || (inSecrets && !identity && !key.latin1().equals("file"));
  }
}
