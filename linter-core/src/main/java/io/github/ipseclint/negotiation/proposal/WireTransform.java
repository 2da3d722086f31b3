// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.proposal;

import io.github.ipseclint.model.crypto.Transform;
import java.util.ArrayList;
import java.util.List;

/**
 * A transform as it travels in an SA payload: IANA name and at most one key length. A Libreswan
 * cipher written without a length ({@code aes}) is several wire transforms, in its order.
 */
record WireTransform(Transform transform, String ianaName, int keyBits) {

  static List<WireTransform> of(List<Transform> transforms) {
    List<WireTransform> wire = new ArrayList<>();
    for (Transform transform : transforms) {
      if (transform.keyBits().size() <= 1 || !transform.algorithm().variableKeyLength()) {
        wire.add(new WireTransform(transform, transform.ianaName(),
            transform.keyBits().isEmpty() || !transform.algorithm().variableKeyLength() ? 0 : transform.keyBits().get(0)));
      } else {
        for (int bits : transform.keyBits()) {
          wire.add(new WireTransform(transform, transform.ianaName(), bits));
        }
      }
    }
    return wire;
  }

  boolean sameAs(WireTransform other) {
    return ianaName.equals(other.ianaName) && keyBits == other.keyBits;
  }

  boolean isNone() {
    return transform.algorithm().isNone();
  }

  /** IANA ids from 1024 on are private use; strongSwan refuses them from other implementations. */
  boolean isPrivateUse() {
    return transform.algorithm().ianaId().isEmpty() || transform.algorithm().ianaId().getAsInt() >= 1024;
  }

  /** The model's transform narrowed to this one key length. */
  Transform selected() {
    if (transform.keyBits().size() <= 1) {
      return transform;
    }
    return new Transform(transform.type(), transform.algorithm(), List.of(keyBits), transform.origin(), transform.span());
  }
}
