// SPDX-License-Identifier: Apache-2.0
// Each module checks its own file once; the parent leaves its modules' directories to them.
def log = new File(basedir, 'build.log').text
def uris = { dir ->
  def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/ipseclint.sarif'))
  sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
}
assert uris('').size() == 1 && uris('')[0].endsWith('ipsec.conf') && !uris('')[0].contains('a/') && !uris('')[0].contains('b/')
assert uris('a/').size() == 1 && uris('a/')[0].endsWith('a/ipsec.conf')
assert uris('b/').size() == 1 && uris('b/')[0].endsWith('b/ipsec.conf')
assert log.count('in 1 file; SARIF report') == 3
