// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.negotiation.Peer;
import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.SiteFragment;
import io.github.ipseclint.negotiation.TestHosts;
import io.github.ipseclint.negotiation.exchange.CheckStatus;
import io.github.ipseclint.negotiation.exchange.Exchange;
import io.github.ipseclint.negotiation.outcome.Disagreement;
import io.github.ipseclint.negotiation.outcome.FailureClass;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication methods on both ends: mixed, mismatched, EAP (cases C24, C26, C27). */
class AuthMethodTest {
  /** The left end initiating with swanctl. */
  private static final SiteFragment INITIATOR = SiteFragment.left().child("start_action = start");
  /** The left end signing with a certificate for "CN=left", still expecting a PSK from the right. */
  private static final String CERTIFICATE_INITIATOR = INITIATOR.ids("\"CN=left\"", "@right").auth("pubkey", "psk")
      .psk("@right", "s3cret").swanctl().replace("      auth = pubkey\n", "      auth = pubkey\n      certs = left.crt\n");
  /** A Libreswan responder expecting "CN=left" to sign while it authenticates with a PSK itself. */
  private static final SiteFragment LIBRESWAN_FOR_CERTIFICATE =
      SiteFragment.right().ids("@right", "\"CN=left\"").conn("auto=add").psk("@right", "s3cret");

  @RegisterExtension
  final TestHosts hosts = new TestHosts();

  private Peer pskInitiator() {
    return hosts.swanctl("left", "strongswan-5.9.8", INITIATOR.swanctl());
  }

  @Test
  void strongswanResponderWantingAPublicKeyRefusesAVerifiedPsk() {
    Peer responder = hosts.swanctl("right", "strongswan-5.9.8", SiteFragment.right().auth("psk", "pubkey").swanctl());

    CheckRun run = CheckRun.ikeAuth(pskInitiator(), responder);

    assertThat(run.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(run.responderLog()).containsExactly(
        "looking for peer configs matching 192.0.2.2[right]...192.0.2.1[left]",
        "selected peer config 'site'",
        "authentication of 'left' with pre-shared key successful",
        "constraint requires public key authentication, but pre-shared key was used",
        "selected peer config 'site' unacceptable: non-matching authentication done",
        "no alternative config found");
    assertThat(run.initiatorLog()).endsWith("received AUTHENTICATION_FAILED notify error");
    Disagreement cause = run.exchange().disagreements().get(0);
    assertThat(cause.failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
    assertThat(cause.explanation())
        .isEqualTo("right#site expects public key authentication from left#site, which authenticates with pre-shared key");
    assertThat(cause.initiatorSetting().orElseThrow().line()).isEqualTo(6);
    assertThat(cause.responderSetting().orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void strongswanResponderWithoutTheKeySaysSoInsteadOfTheConstraint() {
    Peer responder = hosts.swanctl("right", "strongswan-5.9.8",
        SiteFragment.right().auth("psk", "pubkey").psk("@other", "s3cret").swanctl());

    CheckRun run = CheckRun.ikeAuth(pskInitiator(), responder);

    assertThat(run.responderLog()).endsWith("no shared key found for 'right' - 'left'");
    assertThat(run.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.PSK);
  }

  @Test
  void strongswanResponderSwitchesToAConfigThatAllowsTheMethodUsed() {
    String twoConfigs = SiteFragment.swanctl(SiteFragment.right().named("second").withoutSecrets(),
        SiteFragment.right().auth("psk", "pubkey"));
    Peer responder = hosts.swanctl("right", "strongswan-6.0.6", twoConfigs);
    Exchange exchange = new Exchange(pskInitiator(), responder, Side.LEFT);
    exchange.responderCandidates(responder.daemon().connections());

    CheckRun run = CheckRun.ikeAuth(exchange);

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).containsSubsequence("selected peer config 'second'");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("second");
  }

  @Test
  void libreswanNamesTheMethodItWants() {
    Peer responder = hosts.ipsecConf("right", "libreswan-5.3",
        SiteFragment.right().auth("secret", "rsasig").conn("auto=add").ipsecConf());

    CheckRun run = CheckRun.ikeAuth(pskInitiator(), responder);

    assertThat(run.responderLog()).containsExactly("authentication failed: peer attempted PSK authentication but we want rsasig");
    assertThat(run.exchange().failure().orElseThrow().notification()).contains(Notify.AUTHENTICATION_FAILED);
  }

  @Test
  void mixedAuthenticationWorksWhenEachEndExpectsWhatTheOtherUses() {
    Peer initiator = hosts.swanctl("left", "strongswan-6.0.6", CERTIFICATE_INITIATOR);

    CheckRun mixed = CheckRun.ikeAuth(initiator, hosts.ipsecConf("a", "libreswan-5.3",
        LIBRESWAN_FOR_CERTIFICATE.auth("secret", "rsasig").ipsecConf()));
    CheckRun pskOnly = CheckRun.ikeAuth(initiator, hosts.ipsecConf("b", "libreswan-5.3",
        LIBRESWAN_FOR_CERTIFICATE.ipsecConf()));

    assertThat(mixed.exchange().failure()).isEmpty();
    assertThat(mixed.responderLog()).containsExactly("responder established IKE SA; authenticated peer '<key>' digital"
        + " signature using peer certificate 'CN=left' issued by CA '<ca>'");
    assertThat(mixed.initiatorLog()).contains("authentication of 'right' with pre-shared key successful");
    assertThat(pskOnly.responderLog()).first().asString().startsWith("authentication failed: peer authentication requires policy");
    assertThat(pskOnly.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void libreswanWithASignatureMethodOfItsOwnAnnouncesRfc7427() {
    Peer responder = hosts.ipsecConf("ls", "libreswan-5.3",
        LIBRESWAN_FOR_CERTIFICATE.auth("rsasig", "secret").conn("leftcert=right").ipsecConf());

    CheckRun run = CheckRun.ikeAuth(hosts.swanctl("left", "strongswan-6.0.6", CERTIFICATE_INITIATOR), responder);

    assertThat(run.responderLog()).first().isEqualTo(
        "authentication failed: peer attempted authentication through Digital Signature but we want secret");
  }

  @Test
  void eapClientAgainstLibreswanIsRefused() {
    String eapClient = """
        connections {
          home {
            remote_addrs = 192.0.2.2
            vips = 0.0.0.0
            local {
              auth = eap-mschapv2
              eap_id = alice
            }
            remote {
              auth = pubkey
              id = @right
            }
            children {
              home {
                remote_ts = 0.0.0.0/0
                start_action = start
              }
            }
          }
        }
        secrets {
          eap-alice {
            id = alice
            secret = "pw"
          }
        }
        """;
    String server = """
        conn site
            left=192.0.2.2
            leftid=@right
            leftsubnet=0.0.0.0/0
            right=%any
            rightid=%any
            authby=rsasig
            leftcert=right
            rightaddresspool=10.3.0.10-10.3.0.100
            leftmodecfgserver=yes
            rightmodecfgclient=yes
            auto=add
        """;
    Peer client = hosts.swanctl("client", "strongswan-6.0.6", eapClient);

    CheckRun libreswanServer = CheckRun.ikeAuth(client, hosts.ipsecConf("ls", "libreswan-5.3", server));
    assertThat(libreswanServer.status()).isEqualTo(CheckStatus.STOP_IKE);
    assertThat(libreswanServer.responderLog()).containsExactly("Peer attempted EAP authentication, but IKE_AUTH is required");
    assertThat(libreswanServer.initiatorLog()).containsExactly(
        "no IDi configured, default to IP address <ip>", "received AUTHENTICATION_FAILED notify error");
    assertThat(libreswanServer.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);

    CheckRun eapOnlyServer = CheckRun.ikeAuth(client, hosts.ipsecConf("tls", "libreswan-5.3",
        server.replace("authby=rsasig", "leftauth=rsasig\n    rightauth=eaponly")));
    assertThat(eapOnlyServer.exchange().disagreements().get(0).explanation())
        .isEqualTo("tls#site (Libreswan) serves only EAP-TLS, but client#home uses eap-mschapv2");
  }

  @Test
  void eapClientAgainstAStrongswanEapServerSucceeds() {
    String client = """
        connections {
          home {
            remote_addrs = 192.0.2.2
            local {
              auth = eap-mschapv2
              eap_id = alice
            }
            remote {
              auth = pubkey
              id = @right
            }
          }
        }
        """;
    String server = """
        connections {
          rw {
            local_addrs = 192.0.2.2
            local {
              auth = pubkey
              certs = right.crt
              id = @right
            }
            remote {
              auth = eap-mschapv2
            }
          }
        }
        """;
    CheckRun run = CheckRun.ikeAuth(hosts.swanctl("client", "strongswan-6.0.6", client),
        hosts.swanctl("server", "strongswan-6.0.6", server));

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).contains("authentication of '<ip>' with EAP successful");
    assertThat(run.initiatorLog()).contains("authentication of 'right' with <signature scheme> successful");
  }

  @Test
  void strongswanEapServerWithoutAnEapConfigIsUnacceptable() {
    String client = """
        connections {
          home {
            remote_addrs = 192.0.2.2
            local {
              auth = eap
            }
            remote {
              id = @right
            }
          }
        }
        """;
    CheckRun run = CheckRun.ikeAuth(hosts.swanctl("client", "strongswan-6.0.6", client), hosts.swanctl("server",
        "strongswan-6.0.6", SiteFragment.right().ids("@right", "").withoutSecrets().swanctl()));

    assertThat(run.responderLog()).endsWith("peer requested EAP, config unacceptable", "no alternative config found");
  }

  @Test
  void strokeClientWithRightauthAnyAcceptsAServerThatAuthenticatesWithEapToo() {
    // strongSwan's ikev2-stroke/rw-eap-tls-only: the server proves itself inside EAP-TLS as well
    String client = """
        conn home
            left=192.0.2.1
            leftid=@client
            leftauth=eap
            right=192.0.2.2
            rightid=@server
            rightauth=%s
            keyexchange=ikev2
            auto=start
        """;
    String server = """
        conn rw-eap
            left=192.0.2.2
            leftid=@server
            leftauth=eap-tls
            rightauth=eap-tls
            right=%any
            keyexchange=ikev2
            auto=add
        """;

    CheckRun any = CheckRun.ikeAuth(hosts.ipsecConf("any", "strongswan-5.9.8", client.formatted("any")),
        hosts.ipsecConf("server", "strongswan-5.9.8", server));
    assertThat(any.exchange().failure()).isEmpty();
    assertThat(any.initiatorLog()).contains("authentication of 'server' with EAP successful");

    CheckRun pubkey = CheckRun.ikeAuth(hosts.ipsecConf("pubkey", "strongswan-5.9.8", client.formatted("pubkey")),
        hosts.ipsecConf("server2", "strongswan-5.9.8", server));
    assertThat(pubkey.initiatorLog()).contains("constraint requires public key authentication, but EAP was used");
    assertThat(pubkey.exchange().disagreements().get(0).failureClass()).isEqualTo(FailureClass.AUTH_METHOD);
  }

  @Test
  void aRoundThatAcceptsAnyMethodStillStartsNoEap() {
    String client = """
        conn home
            left=192.0.2.1
            leftid=@client
            leftauth=eap
            right=192.0.2.2
            rightid=@server
            keyexchange=ikev2
            auto=start
        """;
    String server = """
        conn rw
            left=192.0.2.2
            leftid=@server
            rightauth=any
            right=%any
            keyexchange=ikev2
            auto=add
        """;
    CheckRun run = CheckRun.ikeAuth(hosts.ipsecConf("client", "strongswan-5.9.8", client),
        hosts.ipsecConf("server", "strongswan-5.9.8", server));

    assertThat(run.responderLog()).endsWith("peer requested EAP, config unacceptable", "no alternative config found");
  }

  @Test
  void aConfigBoundToAnotherCaGivesWayToThePairedOne() {
    // strongSwan's ikev2-multi-ca/ocsp-strict-ifuri: one gateway config per CA, the same IDs and addresses
    String gateway = """
        connections {
          research {
            local_addrs = 192.0.2.2
            local {
              auth = pubkey
              certs = moonCert.pem
              id = @moon
            }
            remote {
              auth = pubkey
              cacerts = researchCert.pem
            }
            children {
              alice {
                local_ts = 10.1.0.10/32
              }
            }
          }
          sales {
            local_addrs = 192.0.2.2
            local {
              auth = pubkey
              certs = moonCert.pem
              id = @moon
            }
            remote {
              auth = pubkey
              cacerts = salesCert.pem
            }
            children {
              venus {
                local_ts = 10.1.0.20/32
              }
            }
          }
        }
        """;
    String dave = """
        connections {
          home {
            remote_addrs = 192.0.2.2
            local {
              auth = pubkey
              certs = daveCert.pem
              id = dave@example.org
            }
            remote {
              auth = pubkey
              id = @moon
            }
            children {
              home {
                remote_ts = 10.1.0.20/32
                start_action = start
              }
            }
          }
        }
        """;
    Peer client = hosts.swanctl("dave", "strongswan-6.0.6", dave);
    Peer sales = hosts.host("moon").swanctl(gateway).peer("strongswan-6.0.6", "sales");

    CheckRun run = CheckRun.of(new Exchange(client, sales, Side.LEFT), List.of(new FirstPacketCheck(),
        new IkeAuthRequestCheck(), new PeerConfigSelectionCheck(), new InitiatorAuthenticationCheck()));

    assertThat(run.exchange().failure()).isEmpty();
    assertThat(run.responderLog()).containsSubsequence("selected peer config 'research'",
        "selected peer config 'research' unacceptable: constraint checking failed", "switching to peer config 'sales'");
    assertThat(run.exchange().responderConnection().name()).isEqualTo("sales");
  }
}
