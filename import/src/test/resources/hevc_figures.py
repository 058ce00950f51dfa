# usage: python3 hevc_figures.py [path of the list; default ../shared/data/... from the checkout's root]
import csv, re, collections, sys
path = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/hevc-advance-patent-list-2022-02-04.csv'
rows=list(csv.reader(open(path,encoding='utf-8-sig',newline='')))[2:]
pat={}; owners=collections.defaultdict(set); orgs=set(); decl=set(); exp=collections.defaultdict(set)
for r in rows:
    n=re.sub(r'[\s,.]','',r[4].strip().upper()); pat[n]=1
    for o in r[7].split(','):
        s=re.sub(r'^-+|-+$','',re.sub(r'[^a-z0-9]+','-',o.strip().lower())); orgs.add(s); owners[n].add(s)
    decl.add((n,r[2].strip()))
    if r[8].strip(): exp[n].add(r[8].strip())
ep=collections.defaultdict(set)
for n in pat:
    m=re.fullmatch(r'[A-Z]{2}-(EP\d+[A-Z]?\d?)',n)
    if m: ep[m.group(1)].add(n)
print('rows',len(rows),'patents',len(pat),'organizations',len(orgs),'ownerships',sum(len(v) for v in owners.values()))
print('co-owned patents',sum(1 for v in owners.values() if len(v)>1),'declarations',len(decl),'profiles',len(set(p for _,p in decl)))
print('EP families',len(ep),'patents in EP families',sum(len(v) for v in ep.values()))
print('unknown expiry',sum(1 for n in pat if not exp[n]))
for d in ['20220204','20250101','20300101','20350101']:
    print('in force',d, sum(1 for n in pat if not exp[n] or max(exp[n])>=d), 'of which unknown', sum(1 for n in pat if not exp[n]))
print('two expiries',[(n,sorted(v)) for n,v in exp.items() if len(v)>1])
print('orgs',sorted(orgs))
