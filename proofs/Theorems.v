(* The safety theorems of strong mode, for any number of keys, nodes, clients and
   versions.  README.md states each in plain words. *)

From Coq Require Import Arith Lia List Bool.
Import ListNotations.
From S3W Require Import Model Invariant.

Section Theorems.

Context {Key Node Client Digest : Type}.
Context (key_eq : forall a b : Key, {a = b} + {a <> b}).
Context (node_eq : forall a b : Node, {a = b} + {a <> b}).
Context (client_eq : forall a b : Client, {a = b} + {a <> b}).
Context (home : Key -> Node).

Local Notation state := (@state Key Node Client Digest).
Local Notation step := (@step Key Node Client Digest key_eq node_eq client_eq home).
Local Notation reachable := (@reachable Key Node Client Digest key_eq node_eq client_eq home).
Local Notation Inv := (@Inv Key Node Client Digest).

Ltac unfold_sets :=
  unfold reload, set_log, set_cache, set_hw, set_wst, set_epoch, set_impaired, set_vers,
    set_ph, set_pub, publish_all, upd in *; cbn in *.

(* Destructs a step, unfolding ListObserveKey's two outcomes. *)
Ltac step_cases Hs :=
  destruct Hs; unfold list_observe in *;
  repeat match goal with
  | H : context [vouched ?a ?b ?c] |- _ => destruct (vouched a b c)
  | |- context [vouched ?a ?b ?c] => destruct (vouched a b c)
  end; unfold_sets.

(* ------------------------------------------------------------------ *)
(* (1) The inductive invariant. *)

Theorem inductive_invariant :
  (forall st, initial st -> Inv st) /\ (forall st st', Inv st -> step st st' -> Inv st').
Proof.
  split; [apply inv_initial | apply inv_step].
Qed.

(* ------------------------------------------------------------------ *)
(* Frame facts: what only grows. *)

Lemma log_append_only : forall st st' k,
  step st st' -> exists x, log st' k = log st k ++ x.
Proof.
  intros st st' k Hs. step_cases Hs; try (exists []; rewrite app_nil_r; reflexivity).
  destruct (key_eq k k0) as [->|]; eauto. exists []; rewrite app_nil_r; reflexivity.
Qed.

Lemma len_monotone : forall st st' k, step st st' -> len st k <= len st' k.
Proof.
  intros st st' k Hs. destruct (log_append_only st st' k Hs) as [x E].
  unfold len. rewrite E, app_length. lia.
Qed.

Lemma pub_monotone : forall st st' k, Inv st -> step st st' -> pub st k <= pub st' k.
Proof.
  intros st st' k I Hs. step_cases Hs; auto;
    (* PublishCommitted: everything committed, which includes everything published *)
    try (apply (inv_pub_le_len _ I));
    destruct (key_eq k k0) as [->|]; try lia.
  unfold notify_pub. destruct (wst st), (hw st k0); lia.
Qed.

(* The version stack a read returns is fixed at its linearization point: appending
   to the log never changes the prefix at s <= its length. *)
Lemma stack_stable : forall st st' k s,
  step st st' -> s <= len st k -> stackAt (log st' k) s = stackAt (log st k) s.
Proof.
  intros st st' k s Hs Hle. destruct (log_append_only st st' k Hs) as [x E].
  rewrite E. apply stackAt_app. exact Hle.
Qed.

(* ------------------------------------------------------------------ *)
(* (3) No uncommitted read. *)

(* Every sequence number a cache node holds, the witness vouches for, or a read is
   about to return names a committed log record (s <= length of the log); the stack a
   read returns is built from committed records only. *)
Theorem no_uncommitted_read : forall st,
  reachable st ->
  (forall n k s, cache st n k = Some s -> s <= len st k) /\
  (forall k h, wst st = WUp -> hw st k = Some h -> h <= len st k) /\
  (forall c k n rk s f, ph st c = RReady k n rk s f -> s <= len st k /\
     stackAt (log st k) s = stack_from 0 (firstn s (log st k)) []).
Proof.
  intros st R. pose proof (inv_reachable key_eq node_eq client_eq home st R) as I.
  destruct I as [Ipub Ihw Icache Iph]. repeat split; eauto.
  - intros k h W Hh. rewrite (Ihw k h W Hh). apply Ipub.
  - specialize (Iph c). rewrite H in Iph. cbn in Iph. specialize (Ipub k). lia.
Qed.

(* ------------------------------------------------------------------ *)
(* (2) Read-after-write. *)

(* The linearization point of a read served from its cache node: CheckWitness lets
   it serve entry s only if s is exactly the published prefix at that instant. *)
Theorem CheckWitness_serves_published : forall st c k n rk e f s,
  reachable st ->
  ph st c = RCached k n rk e f ->
  check_outcome st k n rk e f = RReady k n rk s f ->
  s = pub st k /\ e = Some s.
Proof.
  intros st c k n rk e f s R Hph Hout.
  pose proof (inv_reachable key_eq node_eq client_eq home st R) as I.
  unfold check_outcome in Hout.
  destruct (vouched st k e) as [s'|] eqn:V; [| discriminate].
  injection Hout as <-. exact (vouched_pub st k e s' I V).
Qed.

(* The linearization point of a read that misses, finds its entry stale, or finds the
   witness Unknown / down: ReloadFromLog returns the whole committed log, which it
   publishes at that instant. *)
Theorem ReloadFromLog_serves_published : forall st st' c k n rk f s,
  reachable st -> step st st' ->
  ph st c = RMiss k n rk f -> ph st' c = RLoaded k n rk s f ->
  s = pub st' k /\ s = len st k.
Proof.
  intros st st' c k n rk f s R Hs Hph Hph'.
  pose proof (inv_reachable key_eq node_eq client_eq home st R) as I.
  step_cases Hs; try destruct (client_eq c c0) as [->|]; try congruence.
  rewrite Hph in H. injection H as <- <- <- <-. injection Hph' as <-.
  destruct (key_eq k k) as [_|]; [| congruence].
  pose proof (inv_pub_le_len _ I k). unfold len in *. split; lia.
Qed.

(* Which read a phase belongs to: its key and its floor. *)
Definition read_of (p : phase (Key:=Key) (Node:=Node) (Digest:=Digest)) : option (Key * nat) :=
  match p with
  | RInvoked k _ _ f | RCached k _ _ _ f | RMiss k _ _ f
  | RLoaded k _ _ _ f | RReady k _ _ _ f => Some (k, f)
  | _ => None
  end.

(* A read keeps its key and floor until it returns. *)
Lemma read_keeps_floor : forall st st' c kf,
  step st st' -> read_of (ph st c) = Some kf -> ph st' c <> Idle ->
  read_of (ph st' c) = Some kf.
Proof.
  intros st st' c kf Hs Hr Hn.
  step_cases Hs; try destruct (client_eq c c0) as [->|]; auto;
    try congruence; try (rewrite H in Hr; cbn in *; try congruence).
  (* CheckWitness *)
  unfold check_outcome. destruct (vouched st k e); cbn; congruence.
Qed.

(* InvokeRead records as floor published[k] at the read's invocation. *)
Lemma invoke_read_floor : forall st st' c k f,
  step st st' -> ph st c = Idle -> read_of (ph st' c) = Some (k, f) ->
  f = pub st k.
Proof.
  intros st st' c k f Hs Hi Hr.
  step_cases Hs; try destruct (client_eq c c0) as [->|];
    cbn in Hr; try (rewrite Hi in Hr); try discriminate; try congruence.
Qed.

(* A write that reached WCached (it notified the witness and wrote through) is
   published: its record is in the prefix every later read linearizes at. *)
Lemma write_published : forall st c k n s,
  reachable st -> ph st c = WCached k n s -> s <= pub st k.
Proof.
  intros st c k n s R Hw.
  pose proof (inv_phase _ (inv_reachable key_eq node_eq client_eq home st R) c) as P.
  rewrite Hw in P. exact P.
Qed.

(* The state form: a GET/HEAD about to return seq s carries the floor f (published[k]
   at its invocation), and f <= s <= published[k] <= length of the log. *)
Theorem read_after_write : forall st c k n rk s f,
  reachable st ->
  ph st c = RReady k n rk s f ->
  f <= s /\ s <= pub st k /\ pub st k <= len st k.
Proof.
  intros st c k n rk s f R Hph.
  pose proof (inv_reachable key_eq node_eq client_eq home st R) as I.
  pose proof (inv_phase _ I c) as P. pose proof (inv_pub_le_len _ I k).
  rewrite Hph in P. cbn in P. intuition.
Qed.

Inductive steps : state -> state -> Prop :=
| steps_refl : forall st, steps st st
| steps_step : forall st1 st2 st3, step st1 st2 -> steps st2 st3 -> steps st1 st3.

(* Steps during which client c stays inside one operation (never Idle). *)
Inductive busy_steps (c : Client) : state -> state -> Prop :=
| busy_refl : forall st, busy_steps c st st
| busy_step : forall st1 st2 st3,
    step st1 st2 -> ph st2 c <> Idle -> busy_steps c st2 st3 -> busy_steps c st1 st3.

Lemma reach_next : forall st st', reachable st -> step st st' -> reachable st'.
Proof. intros; eapply reach_step; eauto. Qed.

Lemma steps_reachable : forall st st', reachable st -> steps st st' -> reachable st'.
Proof.
  intros st st' R H. induction H; eauto using reach_step.
Qed.

Lemma busy_reachable : forall c st st', reachable st -> busy_steps c st st' -> reachable st'.
Proof.
  intros c st st' R H. induction H; eauto using reach_step.
Qed.

Lemma steps_pub : forall st st' k, reachable st -> steps st st' -> pub st k <= pub st' k.
Proof.
  intros st st' k R H. induction H; [lia|].
  pose proof (pub_monotone _ _ k (inv_reachable key_eq node_eq client_eq home _ R) H).
  assert (R2 : reachable st2) by eauto using reach_step. specialize (IHsteps R2). lia.
Qed.

Lemma busy_read : forall c st st' kf,
  busy_steps c st st' -> read_of (ph st c) = Some kf -> read_of (ph st' c) = Some kf.
Proof.
  intros c st st' kf H. induction H; auto.
  intro Hr. apply IHbusy_steps. eapply read_keeps_floor; eauto.
Qed.

(* The core of the execution-form theorems: whatever is published at st1 is seen by
   every read of k invoked later (st1 ->* st2 -> st3) when it is ready to return
   (st3 ->* st4 with c never idle between). *)
Lemma read_sees_published_before_invocation :
  forall st1 st2 st3 st4 c k f k4 n rk s f4,
  reachable st1 -> steps st1 st2 ->
  step st2 st3 -> ph st2 c = Idle -> read_of (ph st3 c) = Some (k, f) ->
  busy_steps c st3 st4 ->
  ph st4 c = RReady k4 n rk s f4 ->
  k4 = k /\ pub st1 k <= s.
Proof.
  intros st1 st2 st3 st4 c k f k4 n rk s f4 R1 H12 H23 Hi2 Hr3 H34 Hph4.
  pose proof (steps_pub _ _ k R1 H12).
  pose proof (invoke_read_floor _ _ _ _ _ H23 Hi2 Hr3) as Hf.
  pose proof (busy_read _ _ _ _ H34 Hr3) as Hr4. rewrite Hph4 in Hr4. cbn in Hr4.
  injection Hr4 as -> ->.
  assert (R4 : reachable st4).
  { eapply busy_reachable; [| exact H34]. eapply reach_step; [| exact H23].
    eapply steps_reachable; eauto. }
  destruct (read_after_write _ _ _ _ _ _ _ R4 Hph4). split; [reflexivity | lia].
Qed.

(* Read-after-write along an execution.  A write on k returns with sequence number
   sw (its return step st0 -> st1).  Later (st1 ->* st2) a client c that is idle
   invokes a read of k (st2 -> st3).  While that read is in progress (st3 ->* st4,
   c never idle), whenever it is ready to return sequence number s, sw <= s: it
   returns a stack that contains the write. *)
Theorem read_after_write_trace :
  forall st0 st1 st2 st3 st4 cw c k nw sw f k4 n rk s f4,
  reachable st0 ->
  step st0 st1 -> ph st0 cw = WCached k nw sw -> ph st1 cw = Idle ->
  steps st1 st2 ->
  step st2 st3 -> ph st2 c = Idle -> read_of (ph st3 c) = Some (k, f) ->
  busy_steps c st3 st4 ->
  ph st4 c = RReady k4 n rk s f4 ->
  k4 = k /\ sw <= s.
Proof.
  intros st0 st1 st2 st3 st4 cw c k nw sw f k4 n rk s f4
    R0 H01 Hw0 Hw1 H12 H23 Hi2 Hr3 H34 Hph4.
  pose proof (write_published _ _ _ _ _ R0 Hw0).
  pose proof (pub_monotone _ _ k (inv_reachable key_eq node_eq client_eq home _ R0) H01).
  destruct (read_sees_published_before_invocation st1 st2 st3 st4 c k f k4 n rk s f4
              (reach_next _ _ R0 H01) H12 H23 Hi2 Hr3 H34 Hph4).
  split; [assumption | lia].
Qed.

(* No flicker (DESIGN promise 3): a read of k returned s1 (st0 -> st1); a read of k
   invoked after that, when ready to return s2, has s1 <= s2. *)
Theorem no_flicker_trace :
  forall st0 st1 st2 st3 st4 c1 c k n1 rk1 s1 f1 f k4 n rk s f4,
  reachable st0 ->
  step st0 st1 -> ph st0 c1 = RReady k n1 rk1 s1 f1 -> ph st1 c1 = Idle ->
  steps st1 st2 ->
  step st2 st3 -> ph st2 c = Idle -> read_of (ph st3 c) = Some (k, f) ->
  busy_steps c st3 st4 ->
  ph st4 c = RReady k4 n rk s f4 ->
  k4 = k /\ s1 <= s.
Proof.
  intros st0 st1 st2 st3 st4 c1 c k n1 rk1 s1 f1 f k4 n rk s f4
    R0 H01 Hr0 Hr1 H12 H23 Hi2 Hr3 H34 Hph4.
  destruct (read_after_write _ _ _ _ _ _ _ R0 Hr0) as [_ [Hs1 _]].
  pose proof (pub_monotone _ _ k (inv_reachable key_eq node_eq client_eq home _ R0) H01).
  destruct (read_sees_published_before_invocation st1 st2 st3 st4 c k f k4 n rk s f4
              (reach_next _ _ R0 H01) H12 H23 Hi2 Hr3 H34 Hph4).
  split; [assumption | lia].
Qed.

(* ------------------------------------------------------------------ *)
(* (4) LIST. *)

(* Every key a LIST has observed was observed at a sequence number between the floor
   recorded when the LIST began (published[k] then) and published[k] now (<= the
   committed log).  ReturnList requires every covered key to be observed. *)
Theorem list_reflects_completed_writes : forall st c L k s,
  reachable st ->
  ph st c = Listing L -> lseen L k = Some s ->
  lfloor L k <= s /\ s <= pub st k /\ pub st k <= len st k.
Proof.
  intros st c L k s R HL Hseen.
  pose proof (inv_reachable key_eq node_eq client_eq home st R) as I.
  pose proof (inv_phase _ I c) as P. rewrite HL in P. destruct P as [_ Hs].
  pose proof (inv_pub_le_len _ I k). destruct (Hs k s Hseen). lia.
Qed.

(* A LIST keeps its keys and floor until it returns. *)
Lemma list_keeps_floor : forall st st' c L,
  step st st' -> ph st c = Listing L -> ph st' c <> Idle ->
  exists L', ph st' c = Listing L' /\ lfloor L' = lfloor L /\ lcov L' = lcov L.
Proof.
  intros st st' c L Hs HL Hn.
  step_cases Hs; try destruct (client_eq c c0) as [->|]; eauto;
    try congruence; rewrite HL in H; try discriminate.
  all: injection H as <-; eexists; split; [reflexivity | auto].
Qed.

Lemma busy_list : forall c st st' L,
  busy_steps c st st' -> ph st c = Listing L ->
  exists L', ph st' c = Listing L' /\ lfloor L' = lfloor L /\ lcov L' = lcov L.
Proof.
  intros c st st' L H. revert L. induction H; intros L HL; [eauto|].
  destruct (list_keeps_floor _ _ _ _ H HL H0) as [L2 [HL2 [F C]]].
  destruct (IHbusy_steps L2 HL2) as [L' [A [B D]]]. exists L'. rewrite B, D. auto.
Qed.

Lemma begin_list_floor : forall st st' c L,
  step st st' -> ph st c = Idle -> ph st' c = Listing L -> lfloor L = pub st.
Proof.
  intros st st' c L Hs H0 H1.
  step_cases Hs; try destruct (client_eq c c0) as [->|]; try congruence.
  injection H1 as <-. reflexivity.
Qed.

(* LIST-after-write along an execution: a write on k returns with seq sw (st0 -> st1);
   later (st1 ->* st2) a LIST begins (st2 -> st3); while it is open (st3 ->* st4),
   whatever it has observed for k was observed at a seq >= sw. *)
Theorem list_after_write_trace :
  forall st0 st1 st2 st3 st4 cw c k nw sw L L4 s,
  reachable st0 ->
  step st0 st1 -> ph st0 cw = WCached k nw sw -> ph st1 cw = Idle ->
  steps st1 st2 ->
  step st2 st3 -> ph st2 c = Idle -> ph st3 c = Listing L ->
  busy_steps c st3 st4 ->
  ph st4 c = Listing L4 -> lseen L4 k = Some s ->
  sw <= s.
Proof.
  intros st0 st1 st2 st3 st4 cw c k nw sw L L4 s R0 H01 Hw0 Hw1 H12 H23 Hi2 HL3 H34 HL4 Hs4.
  pose proof (write_published _ _ _ _ _ R0 Hw0) as Hsw.
  pose proof (pub_monotone _ _ k (inv_reachable key_eq node_eq client_eq home _ R0) H01).
  pose proof (steps_pub _ _ k (reach_next _ _ R0 H01) H12).
  pose proof (begin_list_floor _ _ _ _ H23 Hi2 HL3) as Hf.
  destruct (busy_list _ _ _ _ H34 HL3) as [L' [HL' [Hfl _]]].
  rewrite HL4 in HL'. injection HL' as <-.
  assert (R4 : reachable st4).
  { eapply busy_reachable; [| exact H34]. eapply reach_step; [| exact H23].
    eapply steps_reachable; [| exact H12]. eapply reach_step; eauto. }
  destruct (list_reflects_completed_writes _ _ _ _ _ R4 HL4 Hs4) as [Hl _].
  rewrite Hfl, Hf in Hl. lia.
Qed.

End Theorems.
