// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.AddressPool;
import io.github.ipseclint.model.ipsec.Configured;
import io.github.ipseclint.model.ipsec.HostAddress;
import io.github.ipseclint.model.ipsec.IpRange;
import io.github.ipseclint.model.ipsec.VirtualIpRequest;
import io.github.ipseclint.parse.identity.IpLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Virtual IP requests and address pools (negotiation.md §8.4). */
final class VirtualIps {
  private static final Set<String> CONFIG_ANY = Set.of("%config", "%cfg", "%modeconfig", "%modecfg");

  /** ipsec.conf {@code leftsourceip}: {@code %config[4|6]} or an address the end asks for. */
  private static final ValueType<VirtualIpRequest> REQUEST = new ValueType<>(
      "%config, %config4, %config6 or an address", VirtualIps::request);

  /** swanctl {@code vips}: {@code 0.0.0.0} / {@code ::} ask for any address of the family. */
  static final ValueType<VirtualIpRequest> SWANCTL_VIP = new ValueType<>("an address, 0.0.0.0 or ::",
      text -> IpLiteral.parse(text).map(address -> address.isUnspecified()
          ? new VirtualIpRequest(address.isV6() ? HostAddress.Family.V6 : HostAddress.Family.V4, Optional.empty())
          : new VirtualIpRequest(address.isV6() ? HostAddress.Family.V6 : HostAddress.Family.V4, Optional.of(address))));

  /** A pool item: an inline range or subnet, or the name of a pool defined elsewhere. */
  private static final ValueType<AddressPool> POOL_ITEM = new ValueType<>("an address range, a subnet or %poolname",
      text -> Addresses.block(text).map(range -> new AddressPool(Optional.empty(), List.of(range)))
          .or(() -> text.startsWith("%") && text.length() > 1
              ? Optional.of(new AddressPool(Optional.of(text), List.of())) : Optional.empty()));

  private VirtualIps() {}

  private static Optional<VirtualIpRequest> request(String text) {
    if (CONFIG_ANY.contains(text)) {
      return Optional.of(new VirtualIpRequest(HostAddress.Family.BOTH, Optional.empty()));
    }
    if (text.equals("%config4") || text.equals("%config6")) {
      return Optional.of(new VirtualIpRequest(
          text.endsWith("4") ? HostAddress.Family.V4 : HostAddress.Family.V6, Optional.empty()));
    }
    return IpLiteral.parse(text).map(address -> new VirtualIpRequest(
        address.isV6() ? HostAddress.Family.V6 : HostAddress.Family.V4, Optional.of(address)));
  }

  /**
   * ipsec.conf {@code leftsourceip}: the addresses the end asks for. A value none of whose items
   * can be read (reported as invalid; a test bed's placeholder that its deployment replaces by an
   * address) is still a request, for an address the files do not give.
   */
  static Configured<List<VirtualIpRequest>> strokeRequests(OptionReader reader, String key) {
    return readableOrUnknown(reader, key, reader.list(REQUEST, List.of(), key),
        new VirtualIpRequest(HostAddress.Family.BOTH, Optional.empty()));
  }

  /**
   * ipsec.conf {@code rightsourceip}: pools served to the peer. A value none of whose items can be
   * read (reported as invalid) still says the end serves addresses, from a pool the files do not
   * give.
   */
  static Configured<List<AddressPool>> strokePools(OptionReader reader, String key) {
    return readableOrUnknown(reader, key, reader.list(POOL_ITEM, List.of(), key),
        new AddressPool(Optional.empty(), List.of()));
  }

  /** The items read; a written value without any readable item stands for one unknown item. */
  private static <T> Configured<List<T>> readableOrUnknown(OptionReader reader, String key, Configured<List<T>> read,
      T unknown) {
    Optional<RawValue> written = reader.raw(key).filter(raw -> !OptionReader.split(raw.latin1()).isEmpty());
    return read.value().isEmpty() && written.isPresent() ? written.get().with(List.of(unknown)) : read;
  }

  /** Libreswan {@code rightaddresspool}: one range or subnet (5.x: a comma-separated list). */
  static Configured<List<AddressPool>> plutoPools(OptionReader reader, String key) {
    Optional<RawValue> raw = reader.raw(key);
    if (raw.isEmpty()) {
      return reader.byDefault(List.of());
    }
    List<IpRange> ranges = new ArrayList<>(reader.items(raw.get(), new ValueType<>("an address range or subnet", Addresses::block)));
    return raw.get().with(ranges.isEmpty() ? List.of() : List.of(new AddressPool(Optional.empty(), ranges)));
  }
}
