// SPDX-License-Identifier: Apache-2.0
// The plugin runs the tunnel analysis like the CLI: the two hosts' files pass one by one, but
// the responder offers nothing the initiator proposes.
import io.github.ipseclint.maven.SarifSchemaCheck

def log = new File(basedir, 'build.log').text
assert log.contains('ipseclint found problems at or above error:')
assert log =~ /vpn\/gw-b\/ipsec\.conf:\d+:\d+: error: .*gw-a.* \[peer-ike-proposal-mismatch\]/
def sarif = new File(basedir, 'target/ipseclint.sarif')
def errors = SarifSchemaCheck.errors(sarif)
assert errors.isEmpty() : errors.join('\n')
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
def peer = results.find { it.ruleId == 'peer-ike-proposal-mismatch' }
assert peer != null
assert peer.relatedLocations*.physicalLocation*.artifactLocation*.uri.any { it.contains('gw-a/ipsec.conf') }
assert !log.contains('a-long-enough-secret')
