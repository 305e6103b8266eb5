---------------------------- MODULE VersionStack ----------------------------
(***************************************************************************)
(* Pure operators on S3 version stacks, shared by the abstract store       *)
(* (S3Atomic) and the ordering log (OrderingLog).  No variables.           *)
(*                                                                         *)
(* A stack is a sequence of versions, oldest first, newest last.  A        *)
(* version is [vid, marker, val]: vid 0 is S3's "null" version id, marker  *)
(* says it is a delete marker, val is the content digest (0 for markers).  *)
(* A mutation is what the ordering log records: the operation, its         *)
(* argument and the bucket's versioning state when it was committed, so   *)
(* that the stack is a function of the log alone.                          *)
(***************************************************************************)
EXTENDS Naturals, Sequences

NullVid == 0

VersioningStates == {"unversioned", "enabled", "suspended"}

\* S3 never returns a bucket to unversioned once versioning was enabled.
VersioningTransitions ==
    {<<"unversioned", "enabled">>, <<"enabled", "suspended">>, <<"suspended", "enabled">>}

WriteKinds == {"put", "delete", "delver"}
ReadKinds  == {"get", "getver"}      \* HEAD is a GET at the metadata tier
AllKinds   == WriteKinds \cup ReadKinds \cup {"list"}

Version(vid, marker, val) == [vid |-> vid, marker |-> marker, val |-> val]

Mutation(kind, arg, vmode) ==
    [op |-> kind,
     val |-> IF kind = "put" THEN arg ELSE 0,
     target |-> IF kind = "delver" THEN arg ELSE 0,
     vmode |-> vmode]

RemoveVid(st, vid) == SelectSeq(st, LAMBDA e : e.vid # vid)

(* The effect of mutation m, the i-th of its key (i mints its version id   *)
(* when versioning is enabled).                                            *)
ApplyMutation(st, m, i) ==
    CASE m.op = "put" /\ m.vmode = "enabled"
            -> Append(st, Version(i, FALSE, m.val))
      [] m.op = "put"
            -> Append(RemoveVid(st, NullVid), Version(NullVid, FALSE, m.val))
      [] m.op = "delete" /\ m.vmode = "enabled"
            -> Append(st, Version(i, TRUE, 0))
      [] m.op = "delete" /\ m.vmode = "suspended"
            -> Append(RemoveVid(st, NullVid), Version(NullVid, TRUE, 0))
      [] m.op = "delete"
            -> RemoveVid(st, NullVid)
      [] m.op = "delver"
            -> RemoveVid(st, m.target)

RECURSIVE StackOfPrefix(_, _)
StackOfPrefix(L, n) ==
    IF n = 0 THEN <<>> ELSE ApplyMutation(StackOfPrefix(L, n - 1), L[n], n)

StackOf(L) == StackOfPrefix(L, Len(L))

(* Responses.  st is "none" (no response yet), "found", "absent" (404),   *)
(* "ok" (a write succeeded) or "fail" (a write certainly did not happen). *)
Resp(st, vid, val) == [st |-> st, vid |-> vid, val |-> val]
NoResp  == Resp("none", 0, 0)
Absent  == Resp("absent", 0, 0)
Fail    == Resp("fail", 0, 0)
Found(vid, val) == Resp("found", vid, val)

(* What a read of kind `kind` with argument `arg` returns on stack st.     *)
Observe(kind, arg, st) ==
    IF kind = "getver"
    THEN LET hits == {i \in DOMAIN st : st[i].vid = arg /\ ~st[i].marker}
         IN IF hits = {} THEN Absent ELSE Found(arg, st[CHOOSE i \in hits : TRUE].val)
    ELSE IF st = <<>> \/ st[Len(st)].marker THEN Absent
         ELSE Found(st[Len(st)].vid, st[Len(st)].val)

(* What a write returns once its mutation m is the i-th of its key.        *)
WriteResult(m, i) ==
    CASE m.op = "delver" -> Resp("ok", m.target, 0)
      [] m.vmode = "enabled" -> Resp("ok", i, m.val)
      [] OTHER -> Resp("ok", NullVid, m.val)

(* Version ids are unique in a stack, and real (non-null) ids grow from    *)
(* the bottom to the top: the log order is the version order.             *)
WellFormedStack(st) ==
    /\ \A i, j \in DOMAIN st : i # j => st[i].vid # st[j].vid
    /\ \A i, j \in DOMAIN st :
          (i < j /\ st[i].vid # NullVid /\ st[j].vid # NullVid) => st[i].vid < st[j].vid
    /\ \A i \in DOMAIN st : st[i].marker => st[i].val = 0

(* The initial log of a key: one PUT of content 0 if the key exists.       *)
InitialLog(k, initKeys, vmode) ==
    IF k \in initKeys THEN <<Mutation("put", 0, vmode)>> ELSE <<>>
=============================================================================
