// sepgraph queries fixture: a small alliance whose every answer is computed by hand in fixture.md
// (same directory). Dates used by the tests: D1 = 2020-06-01, D2 = 2024-06-01, plus 2015-06-01,
// 2019-06-01 and 2022-01-15. Labels and properties as graph/ writes them (NodeKinds, EdgeKinds).

// organisations: alpha's group is alpha <- alpha-de <- alpha-fr (AFFILIATE_OF, transitive, either direction)
CREATE (:Organization {id: 'alpha', name: 'Alpha', kind: 'ENTERPRISE', country: 'FR'}),
       (:Organization {id: 'alpha-de', name: 'Alpha DE', kind: 'ENTERPRISE', country: 'DE'}),
       (:Organization {id: 'alpha-fr', name: 'Alpha FR', kind: 'ENTERPRISE', country: 'FR'}),
       (:Organization {id: 'beta', name: 'Beta', kind: 'ENTERPRISE', country: 'CN'}),
       (:Organization {id: 'gamma', name: 'Gamma', kind: 'UNIVERSITY', country: 'US'}),
       (:Organization {id: 'delta', name: 'Delta', kind: 'STARTUP', country: 'US'}),
       (:Organization {id: 'epsilon', name: 'Epsilon', kind: 'RESEARCH_INSTITUTE', country: 'JP'}),
       (:Organization {id: 'zeta', name: 'Zeta', kind: 'ENTERPRISE', country: 'KR'}),
       (:Organization {id: 'eta', name: 'Eta', kind: 'ENTERPRISE', country: 'KR'}),
       (:Organization {id: 'iota', name: 'Iota', kind: 'ENTERPRISE', country: 'US'}),
       (:Organization {id: 'kappa', name: 'Kappa', kind: 'ENTERPRISE', country: 'US'}),
       (:Organization {id: 'theta', name: 'Theta', kind: 'ENTERPRISE', country: 'US'}),
       (:Alliance {id: 'sep-alliance', name: 'SEP Alliance', form: 'ASSOCIATION'});

MATCH (a:Organization {id: 'alpha'}), (de:Organization {id: 'alpha-de'}), (fr:Organization {id: 'alpha-fr'}),
      (al:Alliance {id: 'sep-alliance'})
CREATE (de)-[:AFFILIATE_OF]->(a),
       (fr)-[:AFFILIATE_OF]->(de),
       (a)-[:MEMBER_OF {role: 'CHAIR', since: date('2015-01-01')}]->(al);

// standards: STD <- STD-A <- STD-A1 (depth 2), STD <- STD-B, and an unrelated OTHER
CREATE (std:Standard {id: 'STD', body: 'ETSI', title: 'The standard'}),
       (a:Standard {id: 'STD-A', body: 'ETSI', title: 'Part A'}),
       (a1:Standard {id: 'STD-A1', body: 'ETSI', title: 'Part A.1'}),
       (b:Standard {id: 'STD-B', body: 'ETSI', title: 'Part B'}),
       (:Standard {id: 'OTHER', body: 'ITU', title: 'Another standard'}),
       (a)-[:PART_OF]->(std),
       (a1)-[:PART_OF]->(a),
       (b)-[:PART_OF]->(std);

// families: F1 is the EP patent EP1 with its national validations, F2 spans US, CN and KR
CREATE (:Family {id: 'F1'}), (:Family {id: 'F2'});

// patents
UNWIND [
  {id: 'EP1',    j: 'EP', status: 'GRANTED', filed: '2010-01-01', expires: '2030-01-01', family: 'F1'},
  {id: 'DE-EP1', j: 'DE', status: 'GRANTED', filed: '2010-01-01', expires: '2030-01-01', family: 'F1'},
  {id: 'FR-EP1', j: 'FR', status: 'GRANTED', filed: '2010-01-01', expires: '2030-01-01', family: 'F1'},
  {id: 'US2',    j: 'US', status: 'GRANTED', filed: '2012-01-01', expires: '2032-01-01', family: 'F2'},
  {id: 'CN2',    j: 'CN', status: 'GRANTED', filed: '2012-01-01', expires: '2032-01-01', family: 'F2'},
  {id: 'KR2',    j: 'KR', status: 'GRANTED', filed: '2012-01-01', expires: '2032-01-01', family: 'F2'},
  {id: 'US3',    j: 'US', status: 'PENDING', filed: '2019-01-01', expires: null,         family: null},
  {id: 'US4',    j: 'US', status: 'EXPIRED', filed: '2000-01-01', expires: '2019-12-31', family: null},
  {id: 'US5',    j: 'US', status: 'GRANTED', filed: '2008-01-01', expires: '2022-03-01', family: null},
  {id: 'US6',    j: 'US', status: 'GRANTED', filed: '2011-01-01', expires: '2031-01-01', family: null},
  {id: 'JP7',    j: 'JP', status: 'GRANTED', filed: '2013-01-01', expires: '2033-01-01', family: null},
  {id: 'US8',    j: 'US', status: 'GRANTED', filed: '2014-01-01', expires: '2034-01-01', family: null},
  {id: 'KR9',    j: 'KR', status: 'LAPSED',  filed: '2009-01-01', expires: '2029-01-01', family: null},
  {id: 'US10',   j: 'US', status: 'GRANTED', filed: '2021-01-01', expires: '2041-01-01', family: null},
  {id: 'DE11',   j: 'DE', status: 'GRANTED', filed: '2015-01-01', expires: '2035-01-01', family: null}
] AS row
CREATE (p:Patent {id: row.id, jurisdiction: row.j, type: 'INVENTION', title: 'Patent ' + row.id,
                  status: row.status, filed: date(row.filed)})
SET p.expires = CASE WHEN row.expires IS NULL THEN null ELSE date(row.expires) END
WITH p, row
WHERE row.family IS NOT NULL
MATCH (f:Family {id: row.family})
CREATE (p)-[:IN_FAMILY]->(f);

// owners: US2 is co-owned by beta and gamma, DE11 belongs to alpha's affiliate alpha-de
UNWIND [
  ['alpha', 'EP1', 1.0], ['alpha', 'DE-EP1', 1.0], ['alpha', 'FR-EP1', 1.0],
  ['beta', 'US2', 0.5], ['gamma', 'US2', 0.5], ['beta', 'CN2', 1.0], ['beta', 'KR2', 1.0],
  ['delta', 'US3', 1.0], ['delta', 'US4', 1.0], ['theta', 'US5', 1.0], ['theta', 'US6', 1.0],
  ['epsilon', 'JP7', 1.0], ['zeta', 'US8', 1.0], ['beta', 'KR9', 1.0], ['gamma', 'US10', 1.0],
  ['alpha-de', 'DE11', 1.0]
] AS o
MATCH (org:Organization {id: o[0]}), (p:Patent {id: o[1]})
CREATE (org)-[:OWNS {share: o[2]}]->(p);

// declarations: US6 only has a REJECTED one, KR9 is declared but LAPSED, US8 and KR2 are declared nowhere
UNWIND [
  ['EP1', 'STD-A1', 'DECLARED'], ['DE-EP1', 'STD-A1', 'DECLARED'], ['FR-EP1', 'STD-A', 'CONFIRMED'],
  ['US2', 'STD', 'DECLARED'], ['CN2', 'STD-B', 'DECLARED'], ['US3', 'STD', 'DECLARED'],
  ['US4', 'STD', 'DECLARED'], ['US5', 'STD-A', 'DECLARED'], ['US6', 'STD-A', 'REJECTED'],
  ['JP7', 'STD-B', 'DECLARED'], ['KR9', 'STD-A1', 'DECLARED'], ['US10', 'STD-A1', 'DECLARED'],
  ['DE11', 'STD-B', 'DECLARED']
] AS d
MATCH (p:Patent {id: d[0]}), (s:Standard {id: d[1]})
CREATE (p)-[:DECLARED_ESSENTIAL {declarant: 'x', date: date('2018-01-01'), version: '', assessment: d[2]}]->(s);

// pools and the cluster: pool-one and pool-two overlap (US2, JP7) inside cluster-one, pool-three stands alone
CREATE (p1:Pool {id: 'pool-one', name: 'Pool One', administrator: 'Admin One', policy: 'FRAND'}),
       (p2:Pool {id: 'pool-two', name: 'Pool Two', administrator: 'Admin Two', policy: 'FRAND'}),
       (p3:Pool {id: 'pool-three', name: 'Pool Three', administrator: 'Admin Three', policy: 'FRAND'}),
       (c1:PoolCluster {id: 'cluster-one', name: 'Cluster One'}),
       (p1)-[:IN_CLUSTER]->(c1),
       (p2)-[:IN_CLUSTER]->(c1);

MATCH (p1:Pool {id: 'pool-one'}), (p2:Pool {id: 'pool-two'}), (p3:Pool {id: 'pool-three'}),
      (std:Standard {id: 'STD'}), (a:Standard {id: 'STD-A'}), (other:Standard {id: 'OTHER'}),
      (alpha:Organization {id: 'alpha'}), (beta:Organization {id: 'beta'}),
      (gamma:Organization {id: 'gamma'}), (epsilon:Organization {id: 'epsilon'})
CREATE (p1)-[:BINDS]->(std),
       (p2)-[:BINDS]->(a),
       (p3)-[:BINDS]->(other),
       (alpha)-[:LICENSOR_OF]->(p1),
       (beta)-[:LICENSOR_OF]->(p1),
       (gamma)-[:LICENSOR_OF]->(p2),
       (epsilon)-[:LICENSOR_OF]->(p2),
       (beta)-[:LICENSOR_OF]->(p3);

// pool contents: US5 left pool-one at the end of 2021, US3 joined it in 2023, US4 is expired but still listed
UNWIND [
  ['EP1', 'pool-one', '2015-01-01', null], ['DE-EP1', 'pool-one', '2015-01-01', null],
  ['US2', 'pool-one', '2015-01-01', null], ['US5', 'pool-one', '2015-01-01', '2021-12-31'],
  ['JP7', 'pool-one', '2019-01-01', null], ['US8', 'pool-one', '2016-01-01', null],
  ['US3', 'pool-one', '2023-01-01', null], ['US4', 'pool-one', '2015-01-01', null],
  ['US2', 'pool-two', '2018-01-01', null], ['FR-EP1', 'pool-two', '2018-01-01', null],
  ['JP7', 'pool-two', '2018-01-01', null], ['KR9', 'pool-two', '2018-01-01', null],
  ['US6', 'pool-two', '2018-01-01', null],
  ['CN2', 'pool-three', '2019-01-01', null]
] AS m
MATCH (p:Patent {id: m[0]}), (pool:Pool {id: m[1]})
CREATE (p)-[r:IN_POOL {since: date(m[2])}]->(pool)
SET r.until = CASE WHEN m[3] IS NULL THEN null ELSE date(m[3]) END;

// licences (grantor, grantees, scope, dates, territories, flags): see fixture.md for what each one tests
UNWIND [
  {id: 'lic-port',     kind: 'BILATERAL', by: 'alpha',    byPool: false, to: ['beta'],     covers: 'Organization', scope: 'alpha',    granted: '2016-01-01', expires: '2026-12-31', sub: false, aff: null,  terr: null},
  {id: 'lic-lapsed',   kind: 'BILATERAL', by: 'theta',    byPool: false, to: ['beta'],     covers: 'Patent',       scope: 'US5',      granted: '2015-01-01', expires: '2019-12-31', sub: false, aff: null,  terr: null},
  {id: 'lic-terr',     kind: 'BILATERAL', by: 'beta',     byPool: false, to: ['delta'],    covers: 'Family',       scope: 'F2',       granted: '2017-01-01', expires: null,         sub: false, aff: null,  terr: ['CN', 'US']},
  {id: 'lic-gamma',    kind: 'BILATERAL', by: 'gamma',    byPool: false, to: ['theta'],    covers: 'Patent',       scope: 'US2',      granted: '2018-01-01', expires: null,         sub: false, aff: null,  terr: null},
  {id: 'lic-pool2',    kind: 'POOL',      by: 'pool-two', byPool: true,  to: ['delta'],    covers: 'Pool',         scope: 'pool-two', granted: '2019-01-01', expires: null,         sub: false, aff: null,  terr: null},
  {id: 'lic-aff',      kind: 'BILATERAL', by: 'gamma',    byPool: false, to: ['alpha-de'], covers: 'Patent',       scope: 'US10',     granted: '2020-01-01', expires: null,         sub: false, aff: true,  terr: null},
  {id: 'lic-noaff',    kind: 'BILATERAL', by: 'epsilon',  byPool: false, to: ['alpha-de'], covers: 'Patent',       scope: 'JP7',      granted: '2020-01-01', expires: null,         sub: false, aff: false, terr: null},
  {id: 'lic-s1',       kind: 'BILATERAL', by: 'epsilon',  byPool: false, to: ['zeta'],     covers: 'Patent',       scope: 'JP7',      granted: '2019-01-01', expires: null,         sub: true,  aff: null,  terr: null},
  {id: 'lic-s2',       kind: 'BILATERAL', by: 'zeta',     byPool: false, to: ['eta'],      covers: 'Patent',       scope: 'JP7',      granted: '2019-01-01', expires: null,         sub: true,  aff: null,  terr: null},
  {id: 'lic-s3',       kind: 'BILATERAL', by: 'eta',      byPool: false, to: ['iota'],     covers: 'Patent',       scope: 'JP7',      granted: '2019-01-01', expires: null,         sub: false, aff: null,  terr: null},
  {id: 'lic-s4',       kind: 'BILATERAL', by: 'iota',     byPool: false, to: ['kappa'],    covers: 'Patent',       scope: 'JP7',      granted: '2019-01-01', expires: null,         sub: false, aff: null,  terr: null},
  {id: 'lic-unlawful', kind: 'BILATERAL', by: 'delta',    byPool: false, to: ['theta'],    covers: 'Patent',       scope: 'EP1',      granted: '2019-01-01', expires: null,         sub: false, aff: null,  terr: null}
] AS row
CREATE (l:License {id: row.id, kind: row.kind, granted: date(row.granted), sublicensable: row.sub,
                   royalty: 'per unit'})
SET l.expires = CASE WHEN row.expires IS NULL THEN null ELSE date(row.expires) END,
    l.affiliates = row.aff,
    l.territories = row.terr
WITH l, row
CALL (l, row) {
  MATCH (g) WHERE (g:Organization AND NOT row.byPool OR g:Pool AND row.byPool) AND g.id = row.by
  CREATE (l)-[:GRANTED_BY]->(g)
}
CALL (l, row) {
  UNWIND row.to AS granteeId
  MATCH (e:Organization {id: granteeId})
  CREATE (l)-[:GRANTED_TO]->(e)
}
CALL (l, row) {
  MATCH (t) WHERE row.covers IN labels(t) AND t.id = row.scope
  CREATE (l)-[:COVERS]->(t)
}
RETURN count(l)
