// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import static io.github.ipseclint.model.ipsec.SecretsFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.FindingSink;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No secret value reaches a toString or a finding: every object reachable from the converted
 * secrets (through record components, lists and optionals) and every finding is printed and
 * searched for the secret as text, in hex and in base64.
 */
class SecretLeakTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<String> secrets = new ArrayList<>();

  private String fresh() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String secret = "Zq" + HexFormat.of().formatHex(bytes);
    secrets.add(secret);
    return secret;
  }

  private String hex(String secret) {
    return HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
  }

  private String base64(String secret) {
    return Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noSecretReachesAnyToStringOrFinding() {
    String strongswan = "@a : PSK \"" + fresh() + "\"\n"
        + "@b : PSK " + fresh() + " " + fresh() + "\n"
        + "@c : EAP 0x" + hex(fresh()) + "\n"
        + "@d : XAUTH 0s" + base64(fresh()) + "\n"
        + ": RSA key.pem \"" + fresh() + "\"\n";
    String libreswan = "@a : PSK \"" + fresh() + "\"\n"
        + "@b : PSK 0x" + hex(fresh()) + "\n"
        + "@c : PSK 0s" + base64(fresh()) + "\n"
        + "@d : PSK 0t" + fresh() + "\n"
        + "@e : PSK " + fresh() + "\n"
        + "@#zz : XAUTH \"" + fresh() + "\"\n";
    String swanctl = "secrets {\n"
        + "  ike-a { id = @a\n secret = \"" + fresh() + "\" }\n"
        + "  eap-b { id-x = carol\n secret = 0x" + hex(fresh()) + " }\n"
        + "  ppk-c { secret = 0s" + base64(fresh()) + " }\n"
        + "  private-d { file = k.pem\n secret = " + fresh() + " }\n"
        + "  IKE-e { secret = " + fresh() + " }\n"
        + "  ike-f { id = @f }\n"
        + "}\n";

    FindingSink sink = new FindingSink();
    List<Secret> all = new ArrayList<>();
    all.addAll(SecretsFixtures.secrets(strongswan, Implementation.STRONGSWAN, sink));
    all.addAll(SecretsFixtures.secrets(libreswan, Implementation.LIBRESWAN, sink));
    all.addAll(SecretsFixtures.swanctl(swanctl, sink));
    assertThat(all).hasSizeGreaterThanOrEqualTo(12);
    assertThat(sink.findings()).isNotEmpty();

    List<String> printed = new ArrayList<>();
    for (Secret secret : all) {
      collect(secret, printed);
      for (Implementation implementation : Implementation.values()) {
        SecretSelection.of(implementation)
            .select(all, secret.type(), id("@a", implementation), id("@zz", implementation))
            .ifPresent(choice -> collect(choice, printed));
      }
    }
    for (Finding finding : sink.findings()) {
      printed.add(finding.toLine());
      collect(finding, printed);
    }
    printed.add(all.toString());

    for (String secret : secrets) {
      for (String form : List.of(secret, hex(secret), hex(secret).toUpperCase(Locale.ROOT), base64(secret),
          secret.substring(2))) {
        assertThat(printed).noneMatch(text -> text.contains(form));
      }
    }
  }

  /** Prints {@code value} and, for records, lists and optionals, everything inside it. */
  private static void collect(Object value, List<String> out) {
    if (value == null) {
      return;
    }
    out.add(String.valueOf(value));
    if (value instanceof Collection<?> collection) {
      collection.forEach(element -> collect(element, out));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(element -> collect(element, out));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), out);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("cannot read " + component, e);
        }
      }
    }
  }
}
