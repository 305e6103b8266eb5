(* The inductive invariant of the strong protocol (the same conjuncts as IndInv in
   proofs/IndInv.tla), and its proof: it holds in every initial state and every step
   keeps it. *)

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
Local Notation phase := (@phase Key Node Digest).
Local Notation step := (@step Key Node Client Digest key_eq node_eq client_eq home).
Local Notation reachable := (@reachable Key Node Client Digest key_eq node_eq client_eq home).

(* A LIST's floor never exceeds published[]; what it observed lies between its floor
   and published[]. *)
Definition list_ok (P : Key -> nat) (L : @lstate Key) : Prop :=
  (forall k, lfloor L k <= P k) /\
  (forall k s, lseen L k = Some s -> lfloor L k <= s <= P k).

(* What each phase of a client's operation guarantees, given the log lengths [Ln] and
   published[] [P]. *)
Definition phase_ok (Ln P : Key -> nat) (p : phase) : Prop :=
  match p with
  | Idle | WInvoked _ _ _ | WFailed _ _ => True
  | WCommitted k _ s => 0 < s <= Ln k
  | WNotified k _ s | WCached k _ s => s <= P k
  | RInvoked k _ _ f | RCached k _ _ _ f | RMiss k _ _ f => f <= P k
  | RLoaded k _ _ s f | RReady k _ _ s f => f <= s <= P k
  | Listing L => list_ok P L
  end.

Record Inv (st : state) : Prop := {
  (* only committed records are ever published *)
  inv_pub_le_len : forall k, pub st k <= len st k;
  (* a reachable witness that knows k knows exactly the published prefix *)
  inv_hw_pub : forall k h, wst st = WUp -> hw st k = Some h -> h = pub st k;
  (* caches hold committed entries only *)
  inv_cache_le_len : forall n k s, cache st n k = Some s -> s <= len st k;
  (* each client's operation is where its phase says *)
  inv_phase : forall c, phase_ok (len st) (pub st) (ph st c)
}.

Lemma list_ok_mono : forall P P' L,
  (forall k, P k <= P' k) -> list_ok P L -> list_ok P' L.
Proof.
  intros P P' L HP [H1 H2]. split.
  - intro k. specialize (H1 k). specialize (HP k). lia.
  - intros k s Hs. destruct (H2 k s Hs). specialize (HP k). lia.
Qed.

Lemma phase_ok_mono : forall Ln Ln' P P' p,
  (forall k, Ln k <= Ln' k) -> (forall k, P k <= P' k) ->
  phase_ok Ln P p -> phase_ok Ln' P' p.
Proof.
  intros Ln Ln' P P' p HL HP H.
  destruct p; cbn in *; try (eapply list_ok_mono; eassumption);
    intuition; specialize (HL k); specialize (HP k); lia.
Qed.

Ltac lia_len := unfold len in *; cbn in *; lia.

Lemma keep_newer_cases : forall o s, keep_newer o s = Some s \/ keep_newer o s = o.
Proof.
  intros [e|] s; unfold keep_newer; auto. destruct (e <? s); auto.
Qed.

Lemma inv_initial : forall st, initial st -> Inv st.
Proof.
  intros st [Hph [Hup [Hpub [Hhw Hcache]]]]. constructor.
  - intro k. rewrite Hpub. lia.
  - intros k h _ Hh. rewrite Hpub. eauto.
  - exact Hcache.
  - intro c. rewrite Hph. exact I.
Qed.

(* ------------------------------------------------------------------ *)
(* One lemma per kind of change a step makes; inv_step combines them. *)

(* A client moves to a phase that holds in the current state. *)
Lemma inv_set_ph : forall st c p,
  Inv st -> phase_ok (len st) (pub st) p -> Inv (set_ph client_eq st c p).
Proof.
  intros st c p [Ipub Ihw Icache Iph] Hp. constructor; auto.
  intro c'. cbn. unfold upd. destruct (client_eq c' c); auto.
Qed.

(* A node is offered a committed entry (WriteThroughCache, RepairCache). *)
Lemma inv_set_cache : forall st n k s,
  Inv st -> s <= len st k -> Inv (set_cache key_eq node_eq st n k (keep_newer (cache st n k) s)).
Proof.
  intros st n k s [Ipub Ihw Icache Iph] Hs. constructor; auto.
  intros n' k' e H. cbn in H. unfold upd in H.
  destruct (node_eq n' n) as [->|]; [|eauto].
  destruct (key_eq k' k) as [->|]; [|eauto].
  destruct (keep_newer_cases (cache st n k) s) as [E|E]; rewrite E in H; eauto.
  injection H as <-. exact Hs.
Qed.

(* Reading k from the log publishes the whole committed log of k. *)
Lemma inv_reload : forall st k,
  Inv st ->
  Inv (reload key_eq st k) /\ pub (reload key_eq st k) k = len st k /\
  (forall k', pub st k' <= pub (reload key_eq st k) k').
Proof.
  intros st k [Ipub Ihw Icache Iph]. unfold len in *.
  assert (Hm : forall k', pub st k' <= pub (reload key_eq st k) k').
  { intro k'. cbn. unfold upd. destruct (key_eq k' k) as [->|]; lia_len. }
  assert (Hk : pub (reload key_eq st k) k = len st k).
  { cbn. unfold upd. destruct (key_eq k k); [| congruence]. specialize (Ipub k). lia_len. }
  split; [| split; assumption].
  constructor; cbn; auto.
  - intro k'. unfold upd. destruct (key_eq k' k) as [->|]; [specialize (Ipub k); lia_len | apply Ipub].
  - intros k' h W Hh. unfold reload_hw, WitnessSyncFromLog, upd in *. rewrite W in Hh.
    destruct (key_eq k' k) as [->|]; [| eauto].
    injection Hh as <-. specialize (Ipub k). lia_len.
  - intro c. eapply phase_ok_mono; [| exact Hm | apply Iph]; auto.
Qed.

(* NotifyWitness(k, s) of a committed s: published[k] reaches at least s. *)
Lemma inv_notify : forall st k s,
  Inv st -> s <= len st k ->
  let st' := set_pub key_eq (set_hw st (upd key_eq (hw st) k (notify_hw st k s)))
               k (notify_pub st k s) in
  Inv st' /\ s <= pub st' k /\ (forall k', pub st k' <= pub st' k').
Proof.
  intros st k s [Ipub Ihw Icache Iph] Hs st'. unfold len in *.
  assert (Hle : notify_pub st k s <= len st k).
  { unfold notify_pub. specialize (Ipub k).
    destruct (wst st) eqn:W, (hw st k) eqn:Hh; try lia_len.
    specialize (Ihw k n ltac:(first [reflexivity | assumption]) Hh). subst. lia_len. }
  assert (Hge : pub st k <= notify_pub st k s /\ s <= notify_pub st k s).
  { unfold notify_pub. destruct (wst st), (hw st k); lia_len. }
  assert (Hm : forall k', pub st k' <= pub st' k').
  { intro k'. cbn. unfold upd. destruct (key_eq k' k) as [->|]; lia_len. }
  split; [| split; [cbn; unfold upd; destruct (key_eq k k); [lia_len | congruence] | exact Hm]].
  constructor; cbn; auto.
  - intro k'. unfold upd. destruct (key_eq k' k) as [->|]; auto.
  - intros k' h W Hh. unfold upd in *.
    destruct (key_eq k' k) as [->|]; [| eauto].
    unfold notify_hw, notify_pub in *. rewrite W in *.
    destruct (hw st k) eqn:Hk; injection Hh as <-.
    + specialize (Ihw k n ltac:(first [reflexivity | assumption]) Hk). subst. lia_len.
    + specialize (Ipub k). lia_len.
  - intro c. eapply phase_ok_mono; [| exact Hm | apply Iph]; auto.
Qed.

(* The witness forgets everything (crash, restart, replacement, return from a
   partition) or becomes unreachable: either way it vouches for nothing. *)
Ltac witness_case I :=
  let Ipub := fresh in let Ihw := fresh in let Icache := fresh in let Iph := fresh in
  destruct I as [Ipub Ihw Icache Iph];
  constructor; cbn; auto; intros; unfold no_hw in *; discriminate.

(* The witness vouches only for the published prefix. *)
Lemma vouched_pub : forall st k e s,
  Inv st -> vouched st k e = Some s -> s = pub st k /\ e = Some s.
Proof.
  intros st k e s [Ipub Ihw Icache Iph] V. unfold vouched in V.
  destruct (wst st) eqn:W, (hw st k) eqn:Hh, e as [e|]; try discriminate.
  destruct (Nat.eqb_spec n e); try discriminate. injection V as <-. subst.
  split; [eapply Ihw; eauto | reflexivity].
Qed.

Lemma list_ok_observe : forall P L k s,
  list_ok P L -> lfloor L k <= s <= P k -> list_ok P (observe key_eq L k s).
Proof.
  intros P L k s [Hf Hs] Hk. split; cbn; auto.
  intros k' s' H. unfold upd in H.
  destruct (key_eq k' k) as [->|]; [injection H as <-; lia | eauto].
Qed.

Lemma inv_step : forall st st', Inv st -> step st st' -> Inv st'.
Proof.
  intros st st' I Hs. pose proof I as [Ipub Ihw Icache Iph].
  destruct Hs.
  - (* InvokeWrite *) apply inv_set_ph; cbn; auto.
  - (* CommitToLog *)
    assert (Hlen : forall k', len st k' <= len (set_log key_eq st k (log st k ++ [mkrec m (vers st)])) k').
    { intro k'. unfold len. cbn. unfold upd.
      destruct (key_eq k' k) as [->|]; rewrite ?app_length; cbn; lia_len. }
    assert (I' : Inv (set_log key_eq st k (log st k ++ [mkrec m (vers st)]))).
    { constructor; cbn; eauto.
      - intro k'. specialize (Hlen k'). specialize (Ipub k'). lia_len.
      - intros n' k' s Hc. specialize (Hlen k'). specialize (Icache n' k' s Hc). lia_len.
      - intro c'. eapply phase_ok_mono; [exact Hlen | | apply Iph]; auto. }
    apply inv_set_ph; auto. cbn. unfold len; cbn; unfold upd.
    destruct (key_eq k k); [rewrite app_length; cbn; lia_len | congruence].
  - (* CommitFails *) apply inv_set_ph; cbn; auto.
  - (* NotifyWitness *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    destruct (inv_notify st k s I ltac:(lia_len)) as [I' [Hs _]].
    apply inv_set_ph; auto.
  - (* WriteThroughCache *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    apply inv_set_ph; [apply inv_set_cache; auto; specialize (Ipub k); lia_len | exact Hc].
  - (* ReturnWrite *) apply inv_set_ph; cbn; auto.
  - (* InvokeRead *) apply inv_set_ph; cbn; auto.
  - (* ReadCache *)
    pose proof (Iph c) as Hc. rewrite H in Hc. apply inv_set_ph; auto.
  - (* CheckWitness *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    apply inv_set_ph; auto. unfold check_outcome.
    destruct (vouched st k e) as [s|] eqn:V; cbn; auto.
    destruct (vouched_pub st k e s I V) as [-> _]. lia.
  - (* ReloadFromLog *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    destruct (inv_reload st k I) as [I' [Hk _]].
    apply inv_set_ph; auto. cbn [phase_ok]. rewrite Hk. specialize (Ipub k). lia_len.
  - (* RepairCache *)
    pose proof (Iph c) as Hc. rewrite H in Hc. cbn in Hc.
    apply inv_set_ph; [apply inv_set_cache; auto; specialize (Ipub k); lia_len | exact Hc].
  - (* ReturnRead *) apply inv_set_ph; cbn; auto.
  - (* BeginList *)
    apply inv_set_ph; auto. split; cbn; intros; [lia_len | discriminate].
  - (* ListObserveKey *)
    pose proof (Iph c) as Hc. rewrite H in Hc.
    unfold list_observe. destruct (vouched st k (cache st n k)) as [s|] eqn:V.
    + destruct (vouched_pub st k _ s I V) as [-> _].
      apply inv_set_ph; auto. apply list_ok_observe; [exact Hc|].
      destruct Hc as [Hfl _]. specialize (Hfl k). lia.
    + destruct (inv_reload st k I) as [I' [Hk Hm]].
      apply inv_set_ph; auto. apply list_ok_observe; [eapply list_ok_mono; eauto |].
      rewrite Hk. destruct Hc as [Hfl _]. specialize (Hfl k). specialize (Ipub k). lia_len.
  - (* ReturnList *) apply inv_set_ph; cbn; auto.
  - (* ImpairNode *) constructor; cbn; auto.
  - (* RestoreNode *) constructor; cbn; auto.
  - (* WitnessCrash *) witness_case I.
  - (* WitnessRestart *) witness_case I.
  - (* WitnessReplace *) witness_case I.
  - (* WitnessUnreachable *) witness_case I.
  - (* WitnessReachable *) witness_case I.
  - (* PublishCommitted *)
    assert (Hm : forall k, pub st k <= pub (publish_all st) k) by (intro k; apply Ipub).
    constructor; cbn; auto.
    + intros k h W Hh. unfold publish_hw in Hh. rewrite W in Hh.
      destruct (hw st k); [injection Hh as <-; reflexivity | discriminate].
    + intro c. eapply phase_ok_mono; [| exact Hm | apply Iph]; auto.
  - (* SetVersioning *) constructor; cbn; auto.
Qed.

Theorem inv_reachable : forall st, reachable st -> Inv st.
Proof.
  induction 1; [apply inv_initial; assumption | eapply inv_step; eauto].
Qed.

End Invariant.
