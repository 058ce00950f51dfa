// Additions to fixture.cypher for the landscape questions (issue 14); answers worked out by hand in landscape.md.
// Loaded after fixture.cypher by LandscapeTest and SeriesTest only: the other tests keep the fixture as it is.

// a second alliance; memberships that start and end around the test dates
CREATE (:Alliance {id: 'open-alliance', name: 'Open Alliance', form: 'CONTRACTUAL'});

UNWIND [
  ['beta',    'sep-alliance',  'MEMBER', '2016-01-01', '2021-12-31'],
  ['zeta',    'sep-alliance',  'MEMBER', '2016-01-01', null],
  ['epsilon', 'sep-alliance',  'MEMBER', '2020-01-01', null],
  ['epsilon', 'open-alliance', 'MEMBER', '2019-01-01', null],
  ['gamma',   'open-alliance', 'CHAIR',  '2021-01-01', null]
] AS m
MATCH (o:Organization {id: m[0]}), (a:Alliance {id: m[1]})
CREATE (o)-[r:MEMBER_OF {role: m[2], since: date(m[3])}]->(a)
SET r.until = CASE WHEN m[4] IS NULL THEN null ELSE date(m[4]) END;

// family F2 leaves pool-three: CN2 is held until the end of 2022 (US2, its US sister, stays in pool-one and two)
MATCH (:Patent {id: 'CN2'})-[r:IN_POOL]->(:Pool {id: 'pool-three'})
SET r.until = date('2022-12-31');

// names that are not their ids' (theta's), and one name two organisations share
MATCH (o:Organization) WHERE o.id IN ['theta', 'iota', 'kappa']
SET o.name = CASE o.id WHEN 'theta' THEN 'Theta Networks Inc.' ELSE 'Twin Corp' END;

// who declared what: an id's name, a name in other case, a joint cell, an organisation's name (with a comma),
// a name no organisation has, none at all
UNWIND [
  ['EP1', 'STD-A1', 'Alpha'], ['DE-EP1', 'STD-A1', 'Alpha'], ['FR-EP1', 'STD-A', 'Alpha'],
  ['US2', 'STD', 'Beta, Gamma'], ['CN2', 'STD-B', 'BETA'], ['US3', 'STD', 'Delta Inc.'],
  ['US4', 'STD', 'Delta'], ['US5', 'STD-A', 'THETA NETWORKS, INC.'], ['US6', 'STD-A', 'THETA NETWORKS, INC.'],
  ['JP7', 'STD-B', 'Epsilon'], ['KR9', 'STD-A1', 'Beta'], ['US10', 'STD-A1', null],
  ['DE11', 'STD-B', 'Alpha DE']
] AS d
MATCH (:Patent {id: d[0]})-[r:DECLARED_ESSENTIAL]->(:Standard {id: d[1]})
SET r.declarant = d[2];

// further declarations (version 2): an evaluation confirmed EP1 in 2021, and found US5, JP7 and KR2 not
// essential to a second version (US5 and JP7 stay in E through their first declaration, KR2 was never in it),
// and US8 is declared to OTHER only
UNWIND [
  ['EP1', 'STD-A1', 'CONFIRMED', 'Alpha',       '2021-03-01'],
  ['US5', 'STD-A',  'REJECTED',  'Theta',       '2019-05-01'],
  ['JP7', 'STD',    'REJECTED',  'Epsilon',     '2020-01-01'],
  ['KR2', 'STD-B',  'REJECTED',  'Twin Corp',   '2019-06-01'],
  ['US8', 'OTHER',  'DECLARED',  'Zeta',        '2018-01-01']
] AS d
MATCH (p:Patent {id: d[0]}), (s:Standard {id: d[1]})
CREATE (p)-[:DECLARED_ESSENTIAL {declarant: d[3], date: date(d[4]), version: '2', assessment: d[2]}]->(s);
