// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.wording;

import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.crypto.TransformType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A transform as a daemon prints it: one key length at most. A Libreswan cipher written without
 * a length ({@code aes}) stands for several transforms on the wire, printed in its order.
 */
record SentTransform(Transform transform, OptionalInt keyBits) {

  static List<SentTransform> of(List<Transform> transforms) {
    List<SentTransform> sent = new ArrayList<>();
    for (Transform transform : transforms) {
      if (!transform.algorithm().variableKeyLength() || transform.keyBits().isEmpty()) {
        sent.add(new SentTransform(transform, OptionalInt.empty()));
      } else {
        transform.keyBits().forEach(bits -> sent.add(new SentTransform(transform, OptionalInt.of(bits))));
      }
    }
    return sent;
  }

  TransformType type() {
    return transform.type();
  }

  /** The IANA name without the {@code ENCR_}/{@code AUTH_}/{@code PRF_} prefix. */
  String bareName() {
    String name = transform.ianaName();
    for (String prefix : List.of("ENCR_", "AUTH_", "PRF_")) {
      if (name.startsWith(prefix)) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }

  String withKeyBits(String name) {
    return keyBits.isPresent() ? name + "_" + keyBits.getAsInt() : name;
  }
}
