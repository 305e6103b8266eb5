(* The inductive invariant of the strong protocol (the same conjuncts as IndInv in
   proofs/IndInv.tla), and its proof: it holds initially and every step keeps it. *)

From Coq Require Import Arith Lia List Bool.
Import ListNotations.
From S3W Require Import Model.

Section Invariant.

Context {Key Node Client Digest : Type}.
Context (key_eq : forall a b : Key, {a = b} + {a <> b}).
Context (node_eq : forall a b : Node, {a = b} + {a <> b}).
Context (client_eq : forall a b : Client, {a = b} + {a <> b}).
Context (home : Key -> Node).

Local Notation state := (@state Key Node Client Digest).
Local Notation step := (@step Key Node Client Digest key_eq node_eq client_eq home).
Local Notation reachable := (@reachable Key Node Client Digest key_eq node_eq client_eq home).

(* A read for a LIST stays tied to that LIST: it covers k, has not observed k yet, and
   began after the LIST did (its floor is at least the LIST's floor for k). *)
Definition list_cond (lo : option (@lstate Key)) (p : purpose) (k : Key) (f : nat) : Prop :=
  p = ForList ->
  exists L, lo = Some L /\ lfloor L k <= f /\ lcov L k = true /\ lseen L k = None.

(* What each phase of a client's operation guarantees, given the log lengths [Ln],
   published[] [P] and the client's LIST [lo]. *)
Definition phase_ok (Ln P : Key -> nat) (lo : option (@lstate Key)) (ph : phase (Key:=Key) (Node:=Node) (Digest:=Digest))
  : Prop :=
  match ph with
  | Idle | WInvoked _ _ _ => True
  | WCommitted k _ s => 0 < s <= Ln k
  | WNotified k _ s | WCached k _ s => s <= P k
  | RInvoked k _ _ p f | RCached k _ _ p _ f | RMiss k _ _ p f =>
      f <= P k /\ list_cond lo p k f
  | RLoaded k _ _ p s f | RReady k _ _ p s f => f <= s <= P k /\ list_cond lo p k f
  end.

(* A LIST's floor never exceeds published[]; what it observed lies between its floor
   and published[]. *)
Definition list_ok (P : Key -> nat) (L : @lstate Key) : Prop :=
  (forall k, lfloor L k <= P k) /\
  (forall k s, lseen L k = Some s -> lfloor L k <= s <= P k).

Record Inv (st : state) : Prop := {
  (* only committed records are ever published *)
  inv_pub_le_len : forall k, pub st k <= len st k;
  (* a reachable witness that knows k knows exactly the published prefix *)
  inv_hw_pub : forall k h, wst st = WUp -> hw st k = Some h -> h = pub st k;
  (* caches hold committed entries only *)
  inv_cache_le_len : forall n k s, cache st n k = Some s -> s <= len st k;
  inv_phase : forall c, phase_ok (len st) (pub st) (lst st c) (ph st c);
  inv_list : forall c L, lst st c = Some L -> list_ok (pub st) L
}.

Lemma phase_ok_mono : forall Ln Ln' P P' lo p,
  (forall k, Ln k <= Ln' k) -> (forall k, P k <= P' k) ->
  phase_ok Ln P lo p -> phase_ok Ln' P' lo p.
Proof.
  intros Ln Ln' P P' lo p HL HP H.
  destruct p; cbn in *; intuition;
    specialize (HL k); specialize (HP k); lia.
Qed.

Lemma list_ok_mono : forall P P' L,
  (forall k, P k <= P' k) -> list_ok P L -> list_ok P' L.
Proof.
  intros P P' L HP [H1 H2]. split.
  - intro k. specialize (H1 k). specialize (HP k). lia.
  - intros k s Hs. destruct (H2 k s Hs). specialize (HP k). lia.
Qed.

Lemma keep_newer_cases : forall o s, keep_newer o s = Some s \/ keep_newer o s = o.
Proof.
  intros [e|] s; unfold keep_newer; auto. destruct (e <? s); auto.
Qed.

(* WriteThroughCache and RepairCache offer a committed entry to a node. *)
Lemma cache_keep_newer_ok : forall (st : state) n k s n' k' e,
  (forall n k e, cache st n k = Some e -> e <= length (log st k)) ->
  s <= length (log st k) ->
  upd node_eq (cache st) n (upd key_eq (cache st n) k (keep_newer (cache st n k) s)) n' k'
    = Some e ->
  e <= length (log st k').
Proof.
  intros st n k s n' k' e Hc Hs H. unfold upd in H.
  destruct (node_eq n' n) as [->|]; [|eauto].
  destruct (key_eq k' k) as [->|]; [|eauto].
  destruct (keep_newer_cases (cache st n k) s) as [E|E]; rewrite E in H; eauto.
  injection H as <-. exact Hs.
Qed.

Ltac split_ifs :=
  repeat match goal with
  | H : context [if ?d then _ else _] |- _ => destruct d; subst
  | |- context [if ?d then _ else _] => destruct d; subst
  end.

Lemma inv_init : Inv (init (Key:=Key) (Node:=Node) (Client:=Client) (Digest:=Digest)).
Proof.
  constructor; cbn; intros; try discriminate; try lia; exact I.
Qed.

(* Which step changes what: the bookkeeping below is the same for all steps, so it is
   done by one tactic; the protocol-specific facts are the lemmas it is given. *)
Lemma len_set_log : forall (st : state) k r k',
  len st k' <= len (set_log key_eq st k (log st k ++ [r])) k'.
Proof.
  intros. unfold len, set_log, upd; cbn. split_ifs; rewrite ?app_length; cbn; lia.
Qed.

Arguments notify_hw : simpl never.
Arguments notify_pub : simpl never.
Arguments check_outcome : simpl never.
Arguments reload_hw : simpl never.
Arguments keep_newer : simpl never.

Ltac unfold_all :=
  unfold set_log, set_cache, set_hw, set_wst, set_epoch, set_impaired, set_vers,
    set_ph, set_lst, set_pub, len, upd in *; cbn in *.

(* WriteThroughCache and RepairCache: client c, in a phase whose seq s is published,
   offers entry s of key k to node n (the names are those the cases of inv_step bind). *)
Ltac cache_write_case Ipub Icache Iph H c n k s :=
  let Hc := fresh "Hc" in
  pose proof (Iph c) as Hc; rewrite H in Hc; cbn in Hc;
  constructor; intros; unfold_all;
  [ eauto
  | eauto
  | eapply cache_keep_newer_ok with (n := n) (k := k) (s := s);
      [exact Icache | specialize (Ipub k); lia | eassumption]
  | let c0 := match goal with |- phase_ok _ _ _ (if client_eq ?x _ then _ else _) => x end in
    destruct (client_eq c0 c) as [->|]; [cbn; exact Hc | apply Iph]
  | eauto ].

Lemma inv_step : forall st st', Inv st -> step st st' -> Inv st'.
Proof.
  intros st st' I Hs.
  destruct I as [Ipub Ihw Icache Iph Ilst].
  unfold len in *.
  destruct Hs.
  - (* InvokeWrite *)
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [exact I | apply Iph].
  - (* CommitToLog *)
    pose proof (Iph c) as Hc. rewrite H in Hc.
    assert (Hlen : forall k', length (log st k') <=
              length (upd key_eq (log st) k (log st k ++ [mkrec m (vers st)]) k')).
    { intro k'. unfold upd. destruct (key_eq k' k); subst; rewrite ?app_length; cbn; lia. }
    constructor; unfold_all; intros.
    + pose proof (Hlen k0). pose proof (Ipub k0). lia.
    + eauto.
    + pose proof (Hlen k0). pose proof (Icache _ _ _ H0). lia.
    + destruct (client_eq c0 c).
      * subst. cbn. destruct (key_eq k k); [rewrite app_length; cbn; lia | congruence].
      * eapply phase_ok_mono; [exact Hlen | | apply (Iph c0)]; auto.
    + eauto.
  - (* CommitFails *)
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [exact I | apply Iph].
  - (* NotifyWitness *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    assert (Hle : notify_pub st k s <= len st k).
    { unfold notify_pub, len. specialize (Ipub k).
      destruct (wst st) eqn:W, (hw st k) eqn:Hh; try lia.
      specialize (Ihw k n0 ltac:(first [reflexivity | assumption]) Hh). subst. lia. }
    assert (Hs : forall k', pub st k' <= upd key_eq (pub st) k (notify_pub st k s) k').
    { intro k'; unfold upd, notify_pub; destruct (key_eq k' k) as [->|]; auto.
      destruct (wst st), (hw st k); lia. }
    assert (Hsp : s <= notify_pub st k s).
    { unfold notify_pub, len. destruct (wst st) eqn:W, (hw st k) eqn:Hh; try lia. }
    constructor; intros; unfold_all.
    + destruct (key_eq k0 k) as [->|]; [exact Hle | apply Ipub].
    + destruct (key_eq k0 k) as [->|]; [| eauto].
      unfold notify_hw, notify_pub, len in *. rewrite H0 in *.
      destruct (hw st k) eqn:Hh; injection H1 as <-.
      * specialize (Ihw k n0 ltac:(first [reflexivity | assumption]) Hh). subst. lia.
      * specialize (Ipub k). lia.
    + eauto.
    + destruct (client_eq c0 c) as [->|].
      * cbn. destruct (key_eq k k); [exact Hsp | congruence].
      * eapply phase_ok_mono; [| exact Hs | apply (Iph c0)]; auto.
    + eapply list_ok_mono; [exact Hs | apply (Ilst c0 L H0)].
  - (* WriteThroughCache *) cache_write_case Ipub Icache Iph H c n k s.
  - (* ReturnWrite *)
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [exact I | apply Iph].
  - (* InvokeRead *)
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [| apply Iph].
    cbn. split; [lia|].
    intro Hp. subst p. destruct H1 as [L [HL [Hcov Hseen]]]. exists L.
    destruct (Ilst c L HL) as [Hf _]. repeat split; auto.
  - (* ReadCache *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [exact Hc | apply Iph].
  - (* CheckWitness *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [| apply Iph].
    unfold check_outcome.
    destruct (wst st) eqn:W, (hw st k) eqn:Hh, e; cbn; auto.
    destruct (Nat.eqb_spec n0 n1); cbn; auto. subst.
    specialize (Ihw k n1 ltac:(first [reflexivity | assumption]) Hh). intuition lia.
  - (* ReloadFromLog *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    assert (Hs : forall k', pub st k' <= upd key_eq (pub st) k (Nat.max (pub st k) (len st k)) k').
    { intro k'; unfold upd; destruct (key_eq k' k) as [->|]; lia. }
    constructor; intros; unfold_all.
    + destruct (key_eq k0 k) as [->|]; [| auto]. specialize (Ipub k). lia.
    + unfold reload_hw, WitnessSyncFromLog, upd in *. rewrite H0 in H1.
      destruct (key_eq k0 k) as [->|]; [| eauto].
      injection H1 as <-. specialize (Ipub k). unfold len. lia.
    + eauto.
    + destruct (client_eq c0 c) as [->|].
      * cbn. destruct (key_eq k k); [| congruence]. specialize (Ipub k). intuition lia.
      * eapply phase_ok_mono; [| exact Hs | apply (Iph c0)]; auto.
    + eapply list_ok_mono; [exact Hs | apply (Ilst c0 L H0)].
  - (* RepairCache *) cache_write_case Ipub Icache Iph H c n k s.
  - (* ReturnRead *)
    constructor; intros; unfold_all; eauto.
    destruct (client_eq c0 c) as [->|]; [exact I | apply Iph].
  - (* BeginList *)
    constructor; intros; unfold_all.
    + eauto.
    + eauto.
    + eauto.
    + destruct (client_eq c0 c) as [->|]; [rewrite H; exact I | apply Iph].
    + destruct (client_eq c0 c) as [->|]; [| eauto].
      injection H1 as <-. split; cbn; intros; [lia | discriminate].
  - (* ListObserveKey *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    destruct Hc as [Hf Hlc].
    destruct (Hlc eq_refl) as [L' [HL' [Hfl [Hcov Hseen]]]].
    rewrite H0 in HL'. injection HL' as <-.
    constructor; intros; unfold_all.
    + eauto.
    + eauto.
    + eauto.
    + destruct (client_eq c0 c) as [->|]; [exact I | apply Iph].
    + destruct (client_eq c0 c) as [->|]; [| eauto].
      injection H1 as <-. destruct (Ilst c L H0) as [Hd Hl].
      split; cbn; auto. intros k' s' Hs'. unfold upd in Hs'.
      destruct (key_eq k' k) as [->|]; [| eauto].
      injection Hs' as <-. lia.
  - (* ReturnList *)
    constructor; intros; unfold_all.
    + eauto.
    + eauto.
    + eauto.
    + destruct (client_eq c0 c) as [->|]; [rewrite H; exact I | apply Iph].
    + destruct (client_eq c0 c) as [->|]; [discriminate | eauto].
  - (* ImpairNode *) constructor; intros; unfold_all; eauto.
  - (* RestoreNode *) constructor; intros; unfold_all; eauto.
  - (* WitnessCrash *)
    constructor; intros; unfold_all; eauto; discriminate.
  - (* WitnessRestart *)
    constructor; intros; unfold_all; eauto; discriminate.
  - (* WitnessReplace *)
    constructor; intros; unfold_all; eauto; discriminate.
  - (* WitnessUnreachable *)
    constructor; intros; unfold_all; eauto; discriminate.
  - (* WitnessReachable *)
    constructor; intros; unfold_all; eauto; discriminate.
  - (* SetVersioning *) constructor; intros; unfold_all; eauto.
Qed.

Theorem inv_reachable : forall st, reachable st -> Inv st.
Proof.
  induction 1; [apply inv_init | eapply inv_step; eauto].
Qed.

End Invariant.
