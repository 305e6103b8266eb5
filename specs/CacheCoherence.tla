--------------------------- MODULE CacheCoherence ---------------------------
(***************************************************************************)
(* The metadata subsystem: cache nodes in front of the ordering log, the  *)
(* witness as read barrier, the write coordinator (commit, notify, write  *)
(* through), the read path, the LIST path, routing around impaired nodes, *)
(* witness faults, bucket versioning, and a Mode constant:                 *)
(*   eventual -- a read returns whatever its cache node holds;            *)
(*   strong   -- a read asks the witness whether the entry is current and *)
(*               otherwise reloads from the log and repairs its node.     *)
(*                                                                         *)
(* Bugs is a set of protocol steps to remove (the hazards of DESIGN        *)
(* section 1); the bug configs set it, MCStrong leaves it empty.           *)
(*                                                                         *)
(* published is an auxiliary (history) variable used only by the          *)
(* refinement mapping and never read by the protocol: published[k] is the *)
(* log prefix of k that has abstractly taken effect.  wDone, rDone and the *)
(* floors recorded in op are history variables for the invariants.         *)
(* lastAction records the step just taken for readable counterexamples;   *)
(* no action reads it and the configs leave it out of the VIEW.            *)
(***************************************************************************)
EXTENDS Witness, FiniteSets, TLC

CONSTANTS
    Clients,         \* concurrent clients
    Nodes,           \* cache nodes
    Home,            \* Home[k]: the node a request of k is routed to
    Backup,          \* Backup[k]: where it goes while Home[k] is impaired
    Values,          \* contents a PUT may write; each PUT takes the next one
    VersionIds,      \* version ids a GET-version / DELETE-version may name
    Kinds,           \* which client operations are enabled (subset of AllKinds)
    Mode,            \* "strong" | "eventual"
    Events,          \* which environment events happen (subset of EventNames)
    Bugs,            \* protocol steps removed (subset of BugNames)
    InitKeys,        \* keys that exist initially
    InitVersioning   \* the bucket's versioning state initially

EventNames == {"impair", "crash", "replace", "partition", "commitfail", "versioning"}

BugNames ==
    {"CacheBeforeCommit",              \* cache written, witness told, then commit
     "RepairStampsWitnessSeq",         \* RepairCache labels the loaded stack with the
                                       \* witness's current seq, not the seq it loaded
     "WitnessLearnsFromReader",        \* an Unknown key takes the seq a reader reports
     "WitnessLearnsFromNotify",        \* an Unknown key takes a (late) notify's seq
     "WitnessKeepsStateAfterPartition",\* a re-reachable witness keeps its old hw
     "StackFromCacheEntry",            \* write-through applies the mutation to the node's stack
     "DeleteVersionSkipsWitness",      \* DELETE-version does not notify the witness
     "ListSkipsWitness"}               \* strong LIST trusts the node's key index

ASSUME
    /\ Mode \in {"strong", "eventual"}
    /\ Kinds \subseteq AllKinds
    /\ Events \subseteq EventNames
    /\ Bugs \subseteq BugNames
    /\ InitKeys \subseteq Keys
    /\ InitVersioning \in VersioningStates
    /\ Home \in [Keys -> Nodes]
    /\ Backup \in [Keys -> Nodes] /\ \A k \in Keys : Backup[k] # Home[k]
    /\ Values \subseteq Nat \ {0}
    /\ VersionIds \subseteq Nat

Bug(b) == b \in Bugs
Max(a, b) == IF a > b THEN a ELSE b

NoKey   == "*"
NoNode  == "-"
Entry(s, st) == [seq |-> s, stack |-> st]
NoEntry == Entry(-1, <<>>)        \* a miss: seq -1 is older than any entry

VARIABLES
    versioning,  \* the bucket's versioning state
    cache,       \* cache[n][k]: an Entry (seq, the stack at seq) or NoEntry
    impaired,    \* the impaired cache nodes (at most one at a time)
    op,          \* op[c]: client c's operation in flight, with its progress
    published,   \* auxiliary: published[k] = the prefix of log[k] that took effect
    nextVal,     \* contents handed out so far (each PUT writes unique content)
    wDone,       \* history: wDone[k] = highest seq of a write of k that returned ok
    rDone,       \* history: rDone[k] = highest seq a returned read of k served
    opCount,     \* history: operations invoked so far (the configs bound it)
    faultCount,  \* history: environment events so far (the configs bound it)
    lastAction   \* the step just taken (for counterexamples only)

protocolVars == <<log, versioning, cache, impaired, wState, wHw, wEpoch, op>>
historyVars  == <<published, nextVal, wDone, rDone, opCount, faultCount>>
vars == <<protocolVars, historyVars, lastAction>>
\* What the configs use as VIEW: everything but lastAction and wEpoch.  No
\* action, invariant or property reads either (wEpoch only names the witness
\* instance in counterexamples), so two states that differ only in them have
\* the same futures and the same verdicts.
View == <<log, versioning, cache, impaired, wState, wHw, op, historyVars>>

(* A client's operation.  stage walks through
     write:  commit -> notify -> cache -> return   (CommitFails: -> return)
     read:   read -> check -> (return | reload -> repair -> return)
     list:   list (one ListObserveKey per key) -> idle                      *)
Idle == [kind |-> "none", key |-> NoKey, arg |-> 0, node |-> NoNode, stage |-> "idle",
         seq |-> 0, entry |-> NoEntry, resp |-> NoResp,
         seen |-> [k \in Keys |-> NoResp], wfloor |-> [k \in Keys |-> 0], rfloor |-> 0]

\* A request of k goes to k's home node, or, while that node is impaired, to
\* k's backup node (the next node on a consistent-hashing ring).  Route is a
\* set so that a model may allow several targets.
Route(k) == IF Home[k] \in impaired THEN {Backup[k]} ELSE {Home[k]}

Did(name, c, k) == lastAction' = [action |-> name, client |-> c, key |-> k]

-----------------------------------------------------------------------------
(* Write path (the write coordinator).                                     *)

InvokeWrite(c, kind, k, arg) ==
    /\ op[c].stage = "idle"
    /\ kind \in Kinds \cap WriteKinds
    /\ IF kind = "put" THEN arg \in Values /\ arg = nextVal + 1 /\ nextVal' = arg
                       ELSE UNCHANGED nextVal
    /\ \E n \in Route(k) :
          op' = [op EXCEPT ![c] = [Idle EXCEPT !.kind = kind, !.key = k, !.arg = arg,
                     !.node = n,
                     !.stage = IF Bug("CacheBeforeCommit") THEN "cache" ELSE "commit"]]
    /\ opCount' = opCount + 1
    /\ Did("InvokeWrite", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, published, wDone, rDone, faultCount>>

CommitToLog(c) ==
    LET o == op[c]
        m == Mutation(o.kind, o.arg, versioning)
        s == LogLen(o.key) + 1
    IN
    /\ o.stage = "commit"
    /\ AppendToLog(o.key, m)
    /\ op' = [op EXCEPT ![c].seq = s, ![c].resp = WriteResult(m, s),
                        ![c].stage = IF Bug("CacheBeforeCommit") THEN "return" ELSE "notify"]
    /\ Did("CommitToLog", c, o.key)
    /\ UNCHANGED <<versioning, cache, impaired, witnessVars, historyVars>>

CommitFails(c) ==
    /\ "commitfail" \in Events
    /\ op[c].stage = "commit"
    /\ op' = [op EXCEPT ![c].stage = "return", ![c].resp = Fail]
    /\ Did("CommitFails", c, op[c].key)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, historyVars>>

\* The write's linearization point: published[k] catches up with the hw.
NotifyWitness(c) ==
    LET o == op[c]
        k == o.key
        newHw == IF Bug("WitnessLearnsFromNotify") /\ wHw[k] = Unknown
                 THEN [wHw EXCEPT ![k] = o.seq]
                 ELSE NotifiedHw(k, o.seq)
    IN
    /\ o.stage = "notify"
    /\ IF Bug("DeleteVersionSkipsWitness") /\ o.kind = "delver"
       THEN UNCHANGED <<wHw, published>>
       ELSE IF WitnessUp
       THEN /\ wHw' = newHw
            /\ published' = [published EXCEPT ![k] = Max(@, newHw[k])]
       ELSE \* Down or cut off: readers go to the log, and the witness that
            \* comes back knows nothing, so the write takes effect now.
            /\ published' = [published EXCEPT ![k] = Max(@, o.seq)]
            /\ UNCHANGED wHw
    /\ op' = [op EXCEPT ![c].stage = IF Bug("CacheBeforeCommit") THEN "commit" ELSE "cache"]
    /\ Did("NotifyWitness", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, wState, wEpoch, nextVal, wDone, rDone, opCount, faultCount>>

WriteThroughCache(c) ==
    LET o == op[c]
        k == o.key
        n == o.node
        cur == cache[n][k]
        e == CASE Bug("CacheBeforeCommit")
                    -> Entry(LogLen(k) + 1,
                             StackOf(Append(log[k], Mutation(o.kind, o.arg, versioning))))
               [] Bug("StackFromCacheEntry")
                    -> Entry(o.seq, ApplyMutation(cur.stack, log[k][o.seq], o.seq))
               [] OTHER
                    -> Entry(o.seq, StackAt(k, o.seq))
    IN
    /\ o.stage = "cache"
    /\ cache' = IF cur.seq < e.seq THEN [cache EXCEPT ![n][k] = e] ELSE cache
    /\ op' = [op EXCEPT ![c].seq = e.seq,
                        ![c].stage = IF Bug("CacheBeforeCommit") THEN "notify" ELSE "return"]
    /\ Did("WriteThroughCache", c, k)
    /\ UNCHANGED <<log, versioning, impaired, witnessVars, historyVars>>

ReturnWrite(c) ==
    LET o == op[c] IN
    /\ o.kind \in WriteKinds
    /\ o.stage = "return"
    /\ wDone' = IF o.resp.st = "ok" THEN [wDone EXCEPT ![o.key] = Max(@, o.seq)] ELSE wDone
    /\ op' = [op EXCEPT ![c] = Idle]
    /\ Did("ReturnWrite", c, o.key)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, published, nextVal, rDone, opCount, faultCount>>

-----------------------------------------------------------------------------
(* Read path.                                                              *)

InvokeRead(c, kind, k, arg) ==
    /\ op[c].stage = "idle"
    /\ kind \in Kinds \cap ReadKinds
    /\ \E n \in Route(k) :
          op' = [op EXCEPT ![c] = [Idle EXCEPT !.kind = kind, !.key = k, !.arg = arg,
                     !.node = n, !.stage = "read",
                     !.wfloor = [j \in Keys |-> IF j = k THEN wDone[k] ELSE 0],
                     !.rfloor = rDone[k]]]
    /\ opCount' = opCount + 1
    /\ Did("InvokeRead", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, published, nextVal, wDone,
                   rDone, faultCount>>

ReadCache(c) ==
    LET o == op[c] IN
    /\ o.stage = "read"
    /\ op' = [op EXCEPT ![c].stage = "check", ![c].entry = cache[o.node][o.key]]
    /\ Did("ReadCache", c, o.key)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, historyVars>>

\* strong: the read's linearization point when the witness vouches for the
\* entry; eventual: serve the entry if there is one.
CheckWitness(c) ==
    LET o == op[c]
        k == o.key
        e == o.entry
        learn == /\ Bug("WitnessLearnsFromReader") /\ Mode = "strong"
                 /\ WitnessUp /\ wHw[k] = Unknown /\ e.seq >= 0
        current == CASE Mode = "eventual" -> e.seq >= 0
                     [] learn -> TRUE
                     [] OTHER -> Vouches(k, e.seq)
    IN
    /\ o.stage = "check"
    /\ IF learn
       THEN /\ wHw' = [wHw EXCEPT ![k] = e.seq]
            /\ published' = [published EXCEPT ![k] = Max(@, e.seq)]
       ELSE UNCHANGED <<wHw, published>>
    /\ op' = IF current
             THEN [op EXCEPT ![c].stage = "return", ![c].seq = e.seq,
                             ![c].resp = Observe(o.kind, o.arg, e.stack),
                             ![c].entry = NoEntry]
             ELSE [op EXCEPT ![c].stage = "reload", ![c].entry = NoEntry]
    /\ Did("CheckWitness", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, wState, wEpoch, nextVal, wDone, rDone, opCount, faultCount>>

\* Stale, miss, Unknown or witness down: read the log -- through the witness
\* (WitnessSyncFromLog) when it is up.  The read's linearization point.
ReloadFromLog(c) ==
    LET o == op[c]
        k == o.key
        s == LogLen(k)
    IN
    /\ o.stage = "reload"
    /\ wHw' = IF Mode = "strong" /\ WitnessUp THEN WitnessSyncFromLog(k) ELSE wHw
    /\ published' = [published EXCEPT ![k] = Max(@, s)]
    /\ op' = [op EXCEPT ![c].stage = "repair", ![c].seq = s,
                        ![c].resp = Observe(o.kind, o.arg, StackAt(k, s))]
    /\ Did("ReloadFromLog", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, wState, wEpoch, nextVal, wDone, rDone, opCount, faultCount>>

\* Only if the node's entry is older: a slow reader that loaded seq 6 must not
\* overwrite 7 (and even if it did, the witness check would catch it, since
\* the entry says 6).  The stamp must be the seq the reader loaded.
RepairCache(c) ==
    LET o == op[c]
        k == o.key
        n == o.node
        stamp == IF Bug("RepairStampsWitnessSeq") /\ WitnessUp /\ wHw[k] # Unknown
                 THEN wHw[k] ELSE o.seq
    IN
    /\ o.stage = "repair"
    /\ cache' = IF cache[n][k].seq < stamp
                THEN [cache EXCEPT ![n][k] = Entry(stamp, StackAt(k, o.seq))]
                ELSE cache
    /\ op' = [op EXCEPT ![c].stage = "return"]
    /\ Did("RepairCache", c, k)
    /\ UNCHANGED <<log, versioning, impaired, witnessVars, historyVars>>

ReturnRead(c) ==
    LET o == op[c] IN
    /\ o.kind \in ReadKinds
    /\ o.stage = "return"
    /\ rDone' = [rDone EXCEPT ![o.key] = Max(@, o.seq)]
    /\ op' = [op EXCEPT ![c] = Idle]
    /\ Did("ReturnRead", c, o.key)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, published, nextVal, wDone, opCount, faultCount>>

-----------------------------------------------------------------------------
(* LIST (the whole bucket: every key is under the prefix).  Each key is    *)
(* observed at its own instant inside the LIST, not as a snapshot.        *)

BeginList(c) ==
    /\ op[c].stage = "idle"
    /\ "list" \in Kinds
    /\ op' = [op EXCEPT ![c] = [Idle EXCEPT !.kind = "list", !.stage = "list",
                                             !.wfloor = wDone]]
    /\ opCount' = opCount + 1
    /\ Did("BeginList", c, NoKey)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, published, nextVal, wDone,
                   rDone, faultCount>>

\* strong: the read path for one key (served if the witness vouches for the
\* node's entry, else read through the witness from the log); eventual: the
\* node's key index, which misses keys the node has not heard of.
ListObserveKey(c, k) ==
    /\ op[c].stage = "list"
    /\ op[c].seen[k] = NoResp
    /\ \E n \in Route(k) :
         LET e == cache[n][k] IN
         IF Mode = "eventual" \/ Bug("ListSkipsWitness") \/ Vouches(k, e.seq)
         THEN /\ op' = [op EXCEPT ![c].seen[k] =
                            IF e.seq >= 0 THEN Observe("get", 0, e.stack) ELSE Absent]
              /\ UNCHANGED <<wHw, published>>
         ELSE /\ wHw' = IF WitnessUp THEN WitnessSyncFromLog(k) ELSE wHw
              /\ published' = [published EXCEPT ![k] = Max(@, LogLen(k))]
              /\ op' = [op EXCEPT ![c].seen[k] = Observe("get", 0, StackAt(k, LogLen(k)))]
    /\ Did("ListObserveKey", c, k)
    /\ UNCHANGED <<log, versioning, cache, impaired, wState, wEpoch, nextVal, wDone, rDone, opCount, faultCount>>

ReturnList(c) ==
    /\ op[c].kind = "list"
    /\ \A k \in Keys : op[c].seen[k] # NoResp
    /\ op' = [op EXCEPT ![c] = Idle]
    /\ Did("ReturnList", c, NoKey)
    /\ UNCHANGED <<log, versioning, cache, impaired, witnessVars, historyVars>>

-----------------------------------------------------------------------------
(* Environment: impaired nodes, witness faults, versioning.                *)

\* Every environment event -- a fault (impairment, witness crash, replacement,
\* partition) or a recovery (restore, restart, reachable again) -- counts
\* towards faultCount, which the configs bound.
EnvUnchangedBut(w) ==
    /\ faultCount' = faultCount + 1
    /\ UNCHANGED <<log, versioning, cache, op, published, nextVal, wDone, rDone, opCount>>
    /\ w

\* Only a home node's impairment changes a route, so only home nodes are
\* impaired (impairing the spare would add states that behave identically).
ImpairNode(n) ==
    /\ "impair" \in Events
    /\ \E k \in Keys : Home[k] = n
    /\ impaired = {}
    /\ impaired' = {n}
    /\ Did("ImpairNode", NoNode, n)
    /\ EnvUnchangedBut(UNCHANGED witnessVars)

RestoreNode(n) ==
    /\ n \in impaired
    /\ impaired' = impaired \ {n}
    /\ Did("RestoreNode", NoNode, n)
    /\ EnvUnchangedBut(UNCHANGED witnessVars)

WitnessEvent(name, enabled, action) ==
    /\ enabled
    /\ action
    /\ Did(name, NoNode, NoKey)
    /\ EnvUnchangedBut(UNCHANGED impaired)

\* The first half of a strong-mode versioning change (Witness.changeVersioning,
\* one critical section under every witness stripe and the log's lock): every
\* committed mutation takes effect, and a reachable witness learns every key it
\* knows from the log.  Sound because it is exactly what a reader's reload of
\* each key would do (published[k] and a known hw[k] := LogLen(k), as in
\* ReloadFromLog), and the tier orders the configuration change after every
\* committed mutation, so each write still takes effect under the versioning
\* state it was committed with; in S3Atomic it is TakeEffects of the writes
\* committed but not yet notified, in seq order.  An Unknown key stays Unknown
\* (the witness learns a key only by a sync it was asked for) and a down or
\* cut-off witness is untouched (readers read the log tail then).  Not a fault:
\* faultCount is unchanged, and it is enabled at most once per commit.
PublishCommitted ==
    /\ "versioning" \in Events
    /\ Mode = "strong"
    /\ \E k \in Keys : published[k] < LogLen(k)
    /\ published' = [k \in Keys |-> LogLen(k)]
    /\ wHw' = IF WitnessUp
             THEN [k \in Keys |-> IF wHw[k] = Unknown THEN Unknown ELSE LogLen(k)]
             ELSE wHw
    /\ Did("PublishCommitted", NoNode, NoKey)
    /\ UNCHANGED <<log, versioning, cache, impaired, wState, wEpoch, op, nextVal, wDone, rDone,
                   opCount, faultCount>>

\* A bucket configuration change.  strong: ordered with the writes -- the tier
\* applies it only when no committed mutation is still unpublished
\* (PublishCommitted just before makes it so), so a mutation takes effect under
\* the versioning state it was committed with.  eventual: the code changes the
\* tier's state directly, whatever is in flight, so there is no guard (published
\* serves only the refinement, which eventual mode does not claim).
SetVersioning(v) ==
    /\ "versioning" \in Events
    /\ <<versioning, v>> \in VersioningTransitions
    /\ Mode = "strong" => \A k \in Keys : published[k] >= LogLen(k)
    /\ versioning' = v
    /\ faultCount' = faultCount + 1
    /\ Did("SetVersioning", NoNode, v)
    /\ UNCHANGED <<log, cache, impaired, witnessVars, op, published, nextVal, wDone, rDone,
                   opCount>>

ClientNext(c) ==
    \/ \E k \in Keys :
          \/ InvokeWrite(c, "put", k, nextVal + 1)
          \/ InvokeWrite(c, "delete", k, 0)
          \/ \E v \in VersionIds : InvokeWrite(c, "delver", k, v)
          \/ InvokeRead(c, "get", k, 0)
          \/ \E v \in VersionIds : InvokeRead(c, "getver", k, v)
          \/ ListObserveKey(c, k)
    \/ CommitToLog(c) \/ CommitFails(c) \/ NotifyWitness(c) \/ WriteThroughCache(c)
    \/ ReturnWrite(c)
    \/ ReadCache(c) \/ CheckWitness(c) \/ ReloadFromLog(c) \/ RepairCache(c) \/ ReturnRead(c)
    \/ BeginList(c) \/ ReturnList(c)

EnvNext ==
    \/ \E n \in Nodes : ImpairNode(n) \/ RestoreNode(n)
    \/ WitnessEvent("WitnessCrash", "crash" \in Events, WitnessCrash)
    \/ WitnessEvent("WitnessRestart", "crash" \in Events, WitnessRestart)
    \/ WitnessEvent("WitnessReplace", "replace" \in Events, WitnessReplace)
    \/ WitnessEvent("WitnessUnreachable", "partition" \in Events, WitnessUnreachable)
    \/ WitnessEvent("WitnessReachable", "partition" \in Events,
                    WitnessReachable(~Bug("WitnessKeepsStateAfterPartition")))
    \/ PublishCommitted
    \/ \E v \in VersioningStates : SetVersioning(v)

Next == (\E c \in Clients : ClientNext(c)) \/ EnvNext

Init ==
    /\ log = [k \in Keys |-> InitialLog(k, InitKeys, InitVersioning)]
    /\ versioning = InitVersioning
    /\ cache = [n \in Nodes |-> [k \in Keys |->
                  IF k \in InitKeys
                  THEN Entry(1, StackOf(InitialLog(k, InitKeys, InitVersioning)))
                  ELSE NoEntry]]
    /\ impaired = {}
    /\ wState = "up"
    /\ wHw = [k \in Keys |-> Len(InitialLog(k, InitKeys, InitVersioning))]
    /\ wEpoch = 0
    /\ op = [c \in Clients |-> Idle]
    /\ published = [k \in Keys |-> Len(InitialLog(k, InitKeys, InitVersioning))]
    /\ nextVal = 0
    /\ wDone = [k \in Keys |-> Len(InitialLog(k, InitKeys, InitVersioning))]
    /\ rDone = [k \in Keys |-> 0]
    /\ opCount = 0
    /\ faultCount = 0
    /\ lastAction = [action |-> "Init", client |-> NoNode, key |-> NoKey]

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Invariants, each named for what it forbids.                             *)

Stages == {"idle", "commit", "notify", "cache", "return", "read", "check", "reload",
           "repair", "list"}
Responses == [st : {"none", "found", "absent", "ok", "fail"}, vid : Nat, val : Nat]
Stacks == Seq([vid : Nat, marker : BOOLEAN, val : Nat])

TypeOK ==
    /\ LogTypeOK
    /\ WitnessTypeOK
    /\ versioning \in VersioningStates
    /\ cache \in [Nodes -> [Keys -> [seq : Nat \cup {-1}, stack : Stacks]]]
    /\ impaired \subseteq Nodes /\ Cardinality(impaired) <= 1
    /\ op \in [Clients -> [kind : AllKinds \cup {"none"}, key : Keys \cup {NoKey},
                           arg : Nat, node : Nodes \cup {NoNode}, stage : Stages,
                           seq : Nat, entry : [seq : Nat \cup {-1}, stack : Stacks],
                           resp : Responses,
                           seen : [Keys -> Responses], wfloor : [Keys -> Nat],
                           rfloor : Nat]]
    /\ published \in [Keys -> Nat]
    /\ nextVal \in Nat
    /\ wDone \in [Keys -> Nat]
    /\ rDone \in [Keys -> Nat]
    /\ opCount \in Nat
    /\ faultCount \in Nat

\* A read that has its answer (it may not have returned yet).
Answered(c) == op[c].kind \in ReadKinds /\ op[c].stage \in {"repair", "return"}

\* Its answer is what k held at some committed seq in lo..LogLen(k).
AnswerHeldFrom(c, lo) ==
    HeldBetween(op[c].key, lo, LogLen(op[c].key), op[c].kind, op[c].arg, op[c].resp)

ListSawFrom(c, k, lo) == HeldBetween(k, lo, LogLen(k), "get", 0, op[c].seen[k])

\* No read (nor LIST observation) returns something no committed prefix of
\* the log holds: nothing uncommitted, nothing from a failed commit.
NoUncommittedRead ==
    \A c \in Clients :
        /\ Answered(c) => AnswerHeldFrom(c, 0)
        /\ op[c].kind = "list" =>
              \A k \in Keys : op[c].seen[k] # NoResp => ListSawFrom(c, k, 0)

\* No read returns a state older than a write of its key that completed
\* before the read began.
NoStaleRead == \A c \in Clients : Answered(c) => AnswerHeldFrom(c, op[c].wfloor[op[c].key])

\* No GET returns the object when the last write of its key that completed
\* before the GET began was a DELETE (unless a later write brought it back).
NoReadAfterDelete ==
    \A c \in Clients :
        LET k == op[c].key  f == op[c].wfloor[op[c].key] IN
        (/\ Answered(c) /\ op[c].kind = "get" /\ op[c].resp.st = "found"
         /\ f \in 1..LogLen(k) /\ log[k][f].op = "delete")
            => AnswerHeldFrom(c, f)

\* No read returns a state older than one a read of its key that completed
\* before it began had returned.
NoFlicker == \A c \in Clients : Answered(c) => AnswerHeldFrom(c, op[c].rfloor)

\* A LIST reflects every write that completed before the LIST began.
ListReflectsCompletedWrites ==
    \A c \in Clients :
        op[c].kind = "list" =>
            \A k \in Keys : op[c].seen[k] # NoResp => ListSawFrom(c, k, op[c].wfloor[k])

\* Every stack -- the log's and every cache entry's -- is well formed.
VersionStackWellFormed ==
    /\ \A k \in Keys : WellFormedStack(StackOf(log[k]))
    /\ \A n \in Nodes, k \in Keys : WellFormedStack(cache[n][k].stack)

-----------------------------------------------------------------------------
(* Refinement: strong mode implements S3Atomic.  The abstract stack of k is *)
(* the log prefix that has taken effect; a client's pending operation maps *)
(* to the abstract one, done once it has taken effect: a write when its    *)
(* seq is published (or its commit failed), a read once it has its answer. *)

AbsDone(c) ==
    LET o == op[c] IN
    CASE o.kind \in WriteKinds -> o.resp.st = "fail"
                                  \/ (o.resp.st = "ok" /\ published[o.key] >= o.seq)
      [] o.kind \in ReadKinds -> o.stage \in {"repair", "return"}
      [] OTHER -> FALSE

AbsPending ==
    [c \in Clients |->
        [kind |-> op[c].kind, key |-> op[c].key, arg |-> op[c].arg, done |-> AbsDone(c),
         resp |-> IF AbsDone(c) THEN op[c].resp ELSE NoResp, seen |-> op[c].seen]]

\* The abstract stack of each key: the log prefix that has taken effect.
AbsStore == [k \in Keys |-> StackAt(k, published[k])]

Atomic == INSTANCE S3Atomic WITH
              store <- AbsStore,
              clock <- published,
              pending <- AbsPending

Refinement == Atomic!Spec
=============================================================================
