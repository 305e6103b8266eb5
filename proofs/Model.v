(* The strong-mode metadata protocol of s3-witness as a transition system.

   Keys, cache nodes, clients and object digests are arbitrary types (keys, nodes and
   clients with decidable equality), logs are lists, sequence numbers are nat: the
   theorems below therefore hold for any number of each.  Step constructors carry the
   action names of prompts/protocol.md and specs/CacheCoherence.tla.

   Abstraction (see README): a cache entry, a witness high-water mark and a read result
   are represented by a sequence number s, standing for the version stack derived from
   the log prefix log[k][1..s] ([stackAt]).  Because the log is append-only, that prefix
   never changes once s <= length of the log ([stackAt_app]), so "which version does a
   read return" becomes "which sequence number does it return". *)

From Coq Require Import Arith Lia List Bool.
Import ListNotations.

(* ------------------------------------------------------------------ *)
(* S3 versioning: the version stack is a function of the log prefix. *)

Inductive vstate := Unversioned | Enabled | Suspended.

(* Version ids: an enabled bucket names a version by the sequence number of the
   mutation that created it (fresh by construction); unversioned / suspended write the
   version whose id is null. *)
Inductive ver := VNull | VId (s : nat).

Definition ver_eqb (a b : ver) : bool :=
  match a, b with
  | VNull, VNull => true
  | VId x, VId y => Nat.eqb x y
  | _, _ => false
  end.

Section Model.

Context {Key Node Client Digest : Type}.
Context (key_eq : forall a b : Key, {a = b} + {a <> b}).
Context (node_eq : forall a b : Node, {a = b} + {a <> b}).
Context (client_eq : forall a b : Client, {a = b} + {a <> b}).
(* The node a key is normally routed to. *)
Context (home : Key -> Node).

Inductive mut :=
| MPut (d : Digest)
| MDelete                   (* DELETE without a version id *)
| MDeleteVersion (v : ver). (* DELETE of one version, for good *)

(* A log record: the mutation and the bucket's versioning state when it committed. *)
Record rec := mkrec { r_mut : mut; r_vs : vstate }.

Inductive entry := EObj (d : Digest) | EMarker.

(* Newest first. *)
Definition stack := list (ver * entry).

Definition drop_ver (v : ver) (st : stack) : stack :=
  filter (fun p => negb (ver_eqb (fst p) v)) st.

Definition apply_rec (seq : nat) (r : rec) (st : stack) : stack :=
  match r_mut r, r_vs r with
  | MPut d, Enabled => (VId seq, EObj d) :: st
  | MPut d, _ => (VNull, EObj d) :: drop_ver VNull st
  | MDelete, Enabled => (VId seq, EMarker) :: st
  | MDelete, Suspended => (VNull, EMarker) :: drop_ver VNull st
  | MDelete, Unversioned => drop_ver VNull st
  | MDeleteVersion v, _ => drop_ver v st
  end.

Fixpoint stack_from (seq : nat) (l : list rec) (st : stack) : stack :=
  match l with
  | [] => st
  | r :: l' => stack_from (S seq) l' (apply_rec (S seq) r st)
  end.

(* The version stack after the first s records of a log. *)
Definition stackAt (l : list rec) (s : nat) : stack := stack_from 0 (firstn s l) [].

Inductive rkind := RGet | RHead | RGetVersion (v : ver).

(* What a GET / HEAD / GET-version returns from a stack: the version id and digest,
   or None for 404. HEAD returns the same metadata as GET. *)
Definition answer (rk : rkind) (st : stack) : option (ver * Digest) :=
  match rk with
  | RGet | RHead =>
      match st with
      | (v, EObj d) :: _ => Some (v, d)
      | _ => None
      end
  | RGetVersion v =>
      match find (fun p => ver_eqb (fst p) v) st with
      | Some (v', EObj d) => Some (v', d)
      | _ => None
      end
  end.

(* ------------------------------------------------------------------ *)
(* State. *)

(* A LIST in progress: the keys it covers (its prefix), the ghost floor per key
   (published[] when it began), and what it observed so far. *)
Record lstate := mklst {
  lcov : Key -> bool;
  lfloor : Key -> nat;
  lseen : Key -> option nat
}.

(* Where each client is in its current operation (op[c].stage in the TLA+ spec).
   Read phases carry [f], the floor: published[k] when the read was invoked; every
   write on k that had completed by then is in that prefix.  It is ghost data: no
   guard reads it. *)
Inductive phase :=
| Idle
| WInvoked (k : Key) (n : Node) (m : mut)
| WCommitted (k : Key) (n : Node) (s : nat)
| WNotified (k : Key) (n : Node) (s : nat)
| WCached (k : Key) (n : Node) (s : nat)
| WFailed (k : Key) (n : Node)
| RInvoked (k : Key) (n : Node) (rk : rkind) (f : nat)
| RCached (k : Key) (n : Node) (rk : rkind) (e : option nat) (f : nat)
| RMiss (k : Key) (n : Node) (rk : rkind) (f : nat)
| RLoaded (k : Key) (n : Node) (rk : rkind) (s : nat) (f : nat)
| RReady (k : Key) (n : Node) (rk : rkind) (s : nat) (f : nat)
| Listing (L : lstate).

(* WUp: reachable; WCut: alive but unreachable (keeps its memory, must forget it on
   return); WCrashed: memory lost ("down" in the TLA+ spec). *)
Inductive wstate := WUp | WCut | WCrashed.

Record state := mkstate {
  log : Key -> list rec;
  cache : Node -> Key -> option nat;   (* None = no entry (seq -1 in TLA+) *)
  hw : Key -> option nat;              (* None = Unknown *)
  wst : wstate;
  wepoch : nat;
  impaired : Node -> bool;
  vers : vstate;
  ph : Client -> phase;
  (* ghost *)
  pub : Key -> nat                     (* published[k]: the log prefix that took effect *)
}.

Definition len (st : state) (k : Key) : nat := length (log st k).

Definition upd {A B : Type} (eqd : forall x y : A, {x = y} + {x <> y})
  (f : A -> B) (a : A) (b : B) : A -> B :=
  fun x => if eqd x a then b else f x.

Definition set_log st k l :=
  mkstate (upd key_eq (log st) k l) (cache st) (hw st) (wst st) (wepoch st)
    (impaired st) (vers st) (ph st) (pub st).
Definition set_cache st n k e :=
  mkstate (log st) (upd node_eq (cache st) n (upd key_eq (cache st n) k e)) (hw st)
    (wst st) (wepoch st) (impaired st) (vers st) (ph st) (pub st).
Definition set_hw st h :=
  mkstate (log st) (cache st) h (wst st) (wepoch st)
    (impaired st) (vers st) (ph st) (pub st).
Definition set_wst st w :=
  mkstate (log st) (cache st) (hw st) w (wepoch st)
    (impaired st) (vers st) (ph st) (pub st).
Definition set_epoch st e :=
  mkstate (log st) (cache st) (hw st) (wst st) e
    (impaired st) (vers st) (ph st) (pub st).
Definition set_impaired st n b :=
  mkstate (log st) (cache st) (hw st) (wst st) (wepoch st)
    (upd node_eq (impaired st) n b) (vers st) (ph st) (pub st).
Definition set_vers st v :=
  mkstate (log st) (cache st) (hw st) (wst st) (wepoch st)
    (impaired st) v (ph st) (pub st).
Definition set_ph st c p :=
  mkstate (log st) (cache st) (hw st) (wst st) (wepoch st)
    (impaired st) (vers st) (upd client_eq (ph st) c p) (pub st).
Definition set_pub st k v :=
  mkstate (log st) (cache st) (hw st) (wst st) (wepoch st)
    (impaired st) (vers st) (ph st) (upd key_eq (pub st) k v).

(* Initial states: every client idle, the witness up, every committed record
   published, and the witness and the caches holding committed seqs only.  The empty
   store [init] is one; so is the TLA+ Init, whose InitKeys start with one PUT that
   every node caches and the witness knows. *)
Definition initial (st : state) : Prop :=
  (forall c, ph st c = Idle) /\ wst st = WUp /\
  (forall k, pub st k = len st k) /\
  (forall k h, hw st k = Some h -> h = len st k) /\
  (forall n k s, cache st n k = Some s -> s <= len st k).

Definition init : state :=
  mkstate (fun _ => []) (fun _ _ => None) (fun _ => None) WUp 0
    (fun _ => false) Unversioned (fun _ => Idle) (fun _ => 0).

(* Route: a request of k goes to k's home node, or, while that node is impaired, to any
   node (so writes and reads of one key can pass through different nodes). *)
Definition routes (st : state) (k : Key) (n : Node) : Prop :=
  n = home k \/ impaired st (home k) = true.

(* A cache node keeps the newer of its entry and the offered one. *)
Definition keep_newer (old : option nat) (s : nat) : option nat :=
  match old with
  | Some e => if e <? s then Some s else Some e
  | None => Some s
  end.

(* The witness learns k's mark from the log itself (an operator, used by NotifyWitness,
   ReloadFromLog and ListObserveKey, as in the TLA+ spec). *)
Definition WitnessSyncFromLog (st : state) (k : Key) : Key -> option nat :=
  upd key_eq (hw st) k (Some (len st k)).

(* NotifyWitness(k, s): the witness's new mark for k and the new published[k].  An
   Unknown mark is never set from s: the witness syncs from the log instead. *)
Definition notify_hw (st : state) (k : Key) (s : nat) : option nat :=
  match wst st, hw st k with
  | WUp, Some h => Some (Nat.max h s)
  | WUp, None => Some (len st k)
  | _, _ => hw st k
  end.

Definition notify_pub (st : state) (k : Key) (s : nat) : nat :=
  match wst st, hw st k with
  | WUp, Some h => Nat.max (pub st k) (Nat.max h s)
  | WUp, None => Nat.max (pub st k) (len st k)
  | _, _ => Nat.max (pub st k) s
  end.

(* Vouches(k, e): the witness is up, knows k, and its mark equals the entry's seq. *)
Definition vouched (st : state) (k : Key) (e : option nat) : option nat :=
  match wst st, hw st k, e with
  | WUp, Some h, Some s => if Nat.eqb h s then Some s else None
  | _, _, _ => None
  end.

(* CheckWitness: serve the entry read at ReadCache if the witness vouches for it. *)
Definition check_outcome (st : state) (k : Key) (n : Node) (rk : rkind)
  (e : option nat) (f : nat) : phase :=
  match vouched st k e with
  | Some s => RReady k n rk s f
  | None => RMiss k n rk f
  end.

(* Reading k from the log, through the witness (WitnessSyncFromLog) when it is up,
   directly when it is not; what is read takes effect (published) at that instant. *)
Definition reload_hw (st : state) (k : Key) : Key -> option nat :=
  match wst st with
  | WUp => WitnessSyncFromLog st k
  | _ => hw st
  end.

Definition reload (st : state) (k : Key) : state :=
  set_pub (set_hw st (reload_hw st k)) k (Nat.max (pub st k) (len st k)).

Definition observe (L : lstate) (k : Key) (s : nat) : lstate :=
  mklst (lcov L) (lfloor L) (upd key_eq (lseen L) k (Some s)).

(* ListObserveKey(c, k) through node n: the read path for one key, in one step. *)
Definition list_observe (st : state) (c : Client) (k : Key) (n : Node) (L : lstate)
  : state :=
  match vouched st k (cache st n k) with
  | Some s => set_ph st c (Listing (observe L k s))
  | None => set_ph (reload st k) c (Listing (observe L k (len st k)))
  end.

Definition write_returns (p : phase) : Prop :=
  match p with
  | WCached _ _ _ | WFailed _ _ => True
  | _ => False
  end.

Definition no_hw : Key -> option nat := fun _ => None.

(* PublishCommitted (strong, the first half of a versioning change): every committed
   record takes effect, so that SetVersioning then finds nothing unpublished and each
   mutation keeps the versioning state it was committed under.  An up witness moves
   every mark it knows to the whole log; an Unknown mark stays Unknown (it will sync
   from the log), and a down or cut-off witness is not reached. *)
Definition publish_hw (st : state) : Key -> option nat :=
  match wst st with
  | WUp => fun k => match hw st k with Some _ => Some (len st k) | None => None end
  | _ => hw st
  end.

Definition publish_all (st : state) : state :=
  mkstate (log st) (cache st) (publish_hw st) (wst st) (wepoch st)
    (impaired st) (vers st) (ph st) (len st).

Inductive step : state -> state -> Prop :=
(* write path *)
| InvokeWrite : forall st c k n m,
    ph st c = Idle -> routes st k n ->
    step st (set_ph st c (WInvoked k n m))
| CommitToLog : forall st c k n m,
    ph st c = WInvoked k n m ->
    step st (set_ph (set_log st k (log st k ++ [mkrec m (vers st)])) c
               (WCommitted k n (S (len st k))))
| CommitFails : forall st c k n m,
    ph st c = WInvoked k n m ->
    step st (set_ph st c (WFailed k n))
| NotifyWitness : forall st c k n s,
    ph st c = WCommitted k n s ->
    step st (set_ph (set_pub (set_hw st (upd key_eq (hw st) k (notify_hw st k s)))
                       k (notify_pub st k s)) c (WNotified k n s))
| WriteThroughCache : forall st c k n s,
    ph st c = WNotified k n s ->
    step st (set_ph (set_cache st n k (keep_newer (cache st n k) s)) c (WCached k n s))
| ReturnWrite : forall st c,
    write_returns (ph st c) ->
    step st (set_ph st c Idle)
(* read path: GET, HEAD, GET-version *)
| InvokeRead : forall st c k n rk,
    ph st c = Idle -> routes st k n ->
    step st (set_ph st c (RInvoked k n rk (pub st k)))
| ReadCache : forall st c k n rk f,
    ph st c = RInvoked k n rk f ->
    step st (set_ph st c (RCached k n rk (cache st n k) f))
| CheckWitness : forall st c k n rk e f,
    ph st c = RCached k n rk e f ->
    step st (set_ph st c (check_outcome st k n rk e f))
| ReloadFromLog : forall st c k n rk f,
    ph st c = RMiss k n rk f ->
    step st (set_ph (reload st k) c (RLoaded k n rk (len st k) f))
| RepairCache : forall st c k n rk s f,
    ph st c = RLoaded k n rk s f ->
    step st (set_ph (set_cache st n k (keep_newer (cache st n k) s)) c (RReady k n rk s f))
| ReturnRead : forall st c k n rk s f,
    ph st c = RReady k n rk s f ->
    step st (set_ph st c Idle)
(* LIST of the keys [cov] selects (its prefix); each observed at its own instant *)
| BeginList : forall st c cov,
    ph st c = Idle ->
    step st (set_ph st c (Listing (mklst cov (pub st) (fun _ => None))))
| ListObserveKey : forall st c k n L,
    ph st c = Listing L -> lcov L k = true -> lseen L k = None -> routes st k n ->
    step st (list_observe st c k n L)
| ReturnList : forall st c L,
    ph st c = Listing L ->
    (forall k, lcov L k = true -> lseen L k <> None) ->
    step st (set_ph st c Idle)
(* faults *)
| ImpairNode : forall st n, step st (set_impaired st n true)
| RestoreNode : forall st n, step st (set_impaired st n false)
| WitnessCrash : forall st,
    wst st <> WCrashed -> step st (set_hw (set_wst st WCrashed) no_hw)
| WitnessRestart : forall st,
    wst st = WCrashed ->
    step st (set_epoch (set_hw (set_wst st WUp) no_hw) (S (wepoch st)))
| WitnessReplace : forall st,
    wst st = WUp ->
    step st (set_epoch (set_hw st no_hw) (S (wepoch st)))
| WitnessUnreachable : forall st,
    wst st = WUp -> step st (set_wst st WCut)
| WitnessReachable : forall st,
    wst st = WCut -> step st (set_hw (set_wst st WUp) no_hw)
(* versioning: publish what is committed, then change the state; S3 never returns a
   bucket to unversioned *)
| PublishCommitted : forall st,
    (exists k, pub st k < len st k) -> step st (publish_all st)
| SetVersioning : forall st v, v <> Unversioned -> step st (set_vers st v).

Inductive reachable : state -> Prop :=
| reach_init : forall st, initial st -> reachable st
| reach_step : forall st st', reachable st -> step st st' -> reachable st'.

Lemma init_initial : initial init.
Proof.
  repeat split; cbn; intros; try discriminate; reflexivity.
Qed.

(* What a completed GET / HEAD returns (ReturnRead from phase RReady k n rk s f). *)
Definition read_result (st : state) (k : Key) (rk : rkind) (s : nat) : option (ver * Digest) :=
  answer rk (stackAt (log st k) s).

(* The prefix at s is immutable once committed: appending does not change it. *)
Lemma stackAt_app : forall l x s, s <= length l -> stackAt (l ++ x) s = stackAt l s.
Proof.
  intros l x s Hs. unfold stackAt. rewrite firstn_app.
  replace (s - length l) with 0 by lia. simpl. rewrite app_nil_r. reflexivity.
Qed.

End Model.
