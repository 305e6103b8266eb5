------------------------------ MODULE S3Atomic ------------------------------
(***************************************************************************)
(* The abstract object store every mode is measured against: per key one  *)
(* version stack, changed atomically.  Clients' calls and returns are     *)
(* separate steps, so clients are concurrent; each operation takes effect *)
(* at one instant between them (TakeEffects).  A LIST takes effect key by *)
(* key: each key it covers is observed at some instant inside the LIST    *)
(* (DESIGN section 1, promise 2); it is not an atomic snapshot.           *)
(*                                                                         *)
(* Several pending operations may take effect at the same instant, one    *)
(* after the other (a sequence of effects in one step).  That is still    *)
(* linearizability -- a total order of effects, each inside its           *)
(* operation's interval -- and the implementation needs it: one log read  *)
(* can publish another client's committed write and serve a read.         *)
(***************************************************************************)
EXTENDS VersionStack, FiniteSets

CONSTANTS
    Keys,            \* object keys
    Clients,         \* concurrent clients
    Values,          \* contents a PUT may write
    VersionIds,      \* version ids a GET-version / DELETE-version may name
    InitKeys,        \* keys that exist initially (one PUT of content 0)
    InitVersioning   \* the bucket's versioning state initially

NoKey == "*"   \* the key field of a LIST (it covers every key)

VARIABLES
    store,       \* store[k]: the version stack of k
    clock,       \* clock[k]: mutations applied to k so far; mints version ids
    versioning,  \* the bucket's versioning state
    pending      \* pending[c]: c's operation between call and return

vars == <<store, clock, versioning, pending>>

Idle == [kind |-> "none", key |-> NoKey, arg |-> 0, done |-> FALSE,
         resp |-> NoResp, seen |-> [k \in Keys |-> NoResp]]

Calls ==
    [kind : {"put"}, key : Keys, arg : Values]
      \cup [kind : {"delete", "get"}, key : Keys, arg : {0}]
      \cup [kind : {"delver", "getver"}, key : Keys, arg : VersionIds]
      \cup [kind : {"list"}, key : {NoKey}, arg : {0}]

Init ==
    /\ store = [k \in Keys |-> StackOf(InitialLog(k, InitKeys, InitVersioning))]
    /\ clock = [k \in Keys |-> Len(InitialLog(k, InitKeys, InitVersioning))]
    /\ versioning = InitVersioning
    /\ pending = [c \in Clients |-> Idle]

Call(c) ==
    /\ pending[c].kind = "none"
    /\ \E o \in Calls :
          pending' = [pending EXCEPT ![c] = [Idle EXCEPT !.kind = o.kind, !.key = o.key,
                                                          !.arg = o.arg]]
    /\ UNCHANGED <<store, clock, versioning>>

(* Effects act on a record s = [ok, store, clock, pending] so that several *)
(* can be chained inside one step; ok turns FALSE on an impossible effect.  *)
CanTakeEffect(s, c, k) ==
    LET p == s.pending[c] IN
    /\ p.kind # "none"
    /\ ~p.done
    /\ IF p.kind = "list" THEN p.seen[k] = NoResp ELSE p.key = k

TakeEffect(s, c, k) ==
    LET p == s.pending[c] IN
    CASE p.kind \in WriteKinds ->
            LET m == Mutation(p.kind, p.arg, versioning)
                i == s.clock[k] + 1
            IN [s EXCEPT !.store[k] = ApplyMutation(@, m, i),
                         !.clock[k] = i,
                         !.pending[c].done = TRUE,
                         !.pending[c].resp = WriteResult(m, i)]
      [] p.kind \in ReadKinds ->
            [s EXCEPT !.pending[c].done = TRUE,
                      !.pending[c].resp = Observe(p.kind, p.arg, s.store[k])]
      [] p.kind = "list" ->
            [s EXCEPT !.pending[c].seen[k] = Observe("get", 0, s.store[k])]

RECURSIVE Chain(_, _)
Chain(s, es) ==
    IF es = <<>> THEN s
    ELSE IF CanTakeEffect(s, Head(es)[1], Head(es)[2])
         THEN Chain(TakeEffect(s, Head(es)[1], Head(es)[2]), Tail(es))
         ELSE [s EXCEPT !.ok = FALSE]

\* Sequences of <<client, key>> effects, each client at most once.
EffectSeqs ==
    {es \in UNION {[1..n -> Clients \X Keys] : n \in 1..Cardinality(Clients)} :
        \A i, j \in DOMAIN es : i # j => es[i][1] # es[j][1]}

TakeEffects ==
    \E es \in EffectSeqs :
        LET r == Chain([ok |-> TRUE, store |-> store, clock |-> clock, pending |-> pending], es)
        IN
        /\ r.ok
        /\ store' = r.store
        /\ clock' = r.clock
        /\ pending' = r.pending
        /\ UNCHANGED versioning

(* A write that certainly did not take effect (the commit failed).         *)
FailWrite(c) ==
    /\ pending[c].kind \in WriteKinds
    /\ ~pending[c].done
    /\ pending' = [pending EXCEPT ![c].done = TRUE, ![c].resp = Fail]
    /\ UNCHANGED <<store, clock, versioning>>

Return(c) ==
    /\ IF pending[c].kind = "list"
       THEN \A k \in Keys : pending[c].seen[k] # NoResp
       ELSE pending[c].done
    /\ pending' = [pending EXCEPT ![c] = Idle]
    /\ UNCHANGED <<store, clock, versioning>>

SetVersioning(v) ==
    /\ <<versioning, v>> \in VersioningTransitions
    /\ versioning' = v
    /\ UNCHANGED <<store, clock, pending>>

Next ==
    \/ \E c \in Clients : Call(c) \/ FailWrite(c) \/ Return(c)
    \/ TakeEffects
    \/ \E v \in VersioningStates : SetVersioning(v)

Spec == Init /\ [][Next]_vars
=============================================================================
