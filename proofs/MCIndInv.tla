------------------------------ MODULE MCIndInv ------------------------------
(***************************************************************************)
(* TLC checks that IndInv is inductive on a bounded instance: one client,  *)
(* one key, two nodes (home and backup), logs of at most MaxLen mutations  *)
(* (PUT / DELETE, versioning enabled; every client operation, including   *)
(* DELETE-version and GET-version, may be in flight), every witness state, *)
(* no node impaired (ImpairNode is among the steps checked).               *)
(*                                                                         *)
(* IInit is every state within those bounds that satisfies IndInv (TLC    *)
(* checks TypeOK on each as an invariant).  It is written as a generator   *)
(* that builds each component from the ones before it, producing only     *)
(* values IndInv can accept (a cache entry is NoEntry or the stack at a    *)
(* committed seq, a read's answer is the stack at its seq, ...), with      *)
(* IndInv's conjuncts as filters; every bounded state satisfying IndInv is *)
(* generated, because IndInv fixes each value the generator does not range *)
(* over.                                                                   *)
(*                                                                         *)
(* INext takes one Next step from each IInit state and none after (the    *)
(* depth counter), so TLC checks IndInv, TypeOK and the spec's invariants  *)
(* on every successor of every IInit state: TypeOK /\ IndInv /\ Next =>    *)
(* IndInv' within the bounds.                                              *)
(***************************************************************************)
EXTENDS IndInv, TLC

CONSTANTS c1

\* 0 in the states IInit generates, 1 after a step; no Next step is taken from 1.
VARIABLE depth

MCClients == {c1}
MCKeys    == {"k1"}
MCNodes   == {"n1", "n2"}
MCHome    == [k \in MCKeys |-> "n1"]
MCBackup  == [k \in MCKeys |-> "n2"]
MaxLen    == 1

Versionings == {"enabled"}
Muts == {Mutation("put", 1, "enabled"), Mutation("delete", 0, "enabled")}
Logs == UNION {[1..n -> Muts] : n \in 0..MaxLen}

EntriesOf(k) == {NoEntry} \cup {Entry(s, StackAt(k, s)) : s \in 0..LogLen(k)}

\* Every op[c] IndInv can accept for key k, given log and published.
WriteArgs == {<<"put", 1>>, <<"delete", 0>>, <<"delver", 1>>}
ReadArgs  == {<<"get", 0>>, <<"getver", 1>>}
Floor(k, f) == [j \in Keys |-> IF j = k THEN f ELSE 0]

WriteOps(k) ==
    {[Idle EXCEPT !.kind = a[1], !.arg = a[2], !.key = k, !.node = n, !.stage = "commit"] :
        a \in WriteArgs, n \in Nodes}
    \cup
    {[Idle EXCEPT !.kind = a[1], !.arg = a[2], !.key = k, !.node = n, !.stage = sg,
                  !.seq = s, !.resp = WriteResult(log[k][s], s)] :
        a \in WriteArgs, n \in Nodes, sg \in {"notify", "cache", "return"}, s \in 1..LogLen(k)}
    \cup
    {[Idle EXCEPT !.kind = a[1], !.arg = a[2], !.key = k, !.node = n, !.stage = "return",
                  !.resp = Fail] :
        a \in WriteArgs, n \in Nodes}

ReadOps(k) ==
    {[Idle EXCEPT !.kind = a[1], !.arg = a[2], !.key = k, !.node = n, !.stage = sg,
                  !.entry = e, !.wfloor = Floor(k, wf), !.rfloor = rf] :
        a \in ReadArgs, n \in Nodes, sg \in {"read", "check", "reload"},
        e \in EntriesOf(k), wf \in 0..published[k], rf \in 0..published[k]}
    \cup
    {[Idle EXCEPT !.kind = a[1], !.arg = a[2], !.key = k, !.node = n, !.stage = sg,
                  !.seq = s, !.resp = Observe(a[1], a[2], StackAt(k, s)),
                  !.wfloor = Floor(k, wf), !.rfloor = rf] :
        a \in ReadArgs, n \in Nodes, sg \in {"repair", "return"},
        s \in 0..published[k], wf \in 0..published[k], rf \in 0..published[k]}

ListOps ==
    {[Idle EXCEPT !.kind = "list", !.stage = "list", !.wfloor = wf, !.seen = sn] :
        wf \in [Keys -> 0..MaxLen],
        sn \in [Keys -> {NoResp} \cup {Observe("get", 0, StackAt(k, s)) : k \in Keys,
                                                           s \in 0..MaxLen}]}

InitAction == [action |-> "Init", client |-> NoNode, key |-> NoKey]

OpCandidates == {Idle} \cup ListOps \cup UNION {WriteOps(k) \cup ReadOps(k) : k \in Keys}

IInit ==
    /\ log \in [Keys -> Logs]
    /\ published \in [Keys -> 0..MaxLen]
    /\ PubLeLen
    /\ op \in [Clients -> OpCandidates]
    /\ \A c \in Clients : OpOK(c)
    /\ wState \in {"up", "down", "cut"}
    /\ wHw \in [Keys -> {Unknown} \cup 0..MaxLen]
    /\ HwIsPublished /\ HwLePublished
    /\ cache \in [Nodes -> [Keys -> UNION {EntriesOf(k) : k \in Keys}]]
    /\ CacheCommitted
    /\ wDone \in [Keys -> 0..MaxLen]
    /\ rDone \in [Keys -> 0..MaxLen]
    /\ DoneLePublished
    /\ versioning \in Versionings
    /\ impaired = {}
    /\ wEpoch = 0
    /\ nextVal = 0
    /\ opCount = 0
    /\ faultCount = 0
    /\ lastAction = InitAction
    /\ IndInv

\* One Next step from each IInit state, none after: TLC checks the invariants on the
\* IInit states and on all their successors.  (A CONSTRAINT would not do: TLC does not
\* check invariants on states outside the constraint.)
IInitD == IInit /\ depth = 0
\* (A depth-1 state stutters, so TLC needs no -deadlock option.)
INext  == \/ depth = 0 /\ Next /\ depth' = 1
          \/ depth = 1 /\ UNCHANGED <<vars, depth>>

\* The spec's safety invariants follow from IndInv (checked on the same states).
Implied ==
    /\ NoUncommittedRead
    /\ NoStaleRead
    /\ NoReadAfterDelete
    /\ NoFlicker
    /\ ListReflectsCompletedWrites
=============================================================================
