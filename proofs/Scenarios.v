(* Concrete executions of the model, so that the theorems are not vacuous: the
   read paths they speak about are reachable, through the hazards of DESIGN.md §1.
   One key, one node, two clients (true writes, false reads), digests are nat. *)

From Coq Require Import Arith List.
Import ListNotations.
From S3W Require Import Model.

Definition udec (a b : unit) : {a = b} + {a <> b} :=
  match a, b with tt, tt => left eq_refl end.
Definition bdec (a b : bool) : {a = b} + {a <> b}.
Proof. decide equality. Defined.

Definition hm (k : unit) : unit := tt.

Local Notation state := (@state unit unit bool nat).
Local Notation step := (@step unit unit bool nat udec udec bdec hm).
Local Notation reachable := (@reachable unit unit bool nat udec udec bdec hm).

Lemma next : forall st st', reachable st -> step st st' -> reachable st'.
Proof. intros; eapply reach_step; eauto. Qed.

(* Take step s from the reachable state in R; its guards are decided by computing. *)
Ltac decide_guards :=
  first [exact I | vm_compute; reflexivity | vm_compute; discriminate | left; vm_compute; reflexivity
        | exists tt; apply Nat.ltb_lt; vm_compute; reflexivity].
(* The new state is put in normal form right away, so that each state in the proof
   term is one step from a normal form (the kernel re-checks each step cheaply). *)
Tactic Notation "go" hyp(R) open_constr(s) :=
  eapply next in R; [| eapply s; decide_guards];
  match type of R with
  | @Model.reachable _ _ _ _ _ _ _ _ ?st =>
      let st' := eval vm_compute in st in
      let R' := fresh "R" in
      assert (R' : @Model.reachable unit unit bool nat udec udec bdec hm st') by exact R;
      clear R; rename R' into R
  end.

(* Client true writes m on the key and returns, the witness up: seq s is committed,
   notified, written through. *)
Tactic Notation "write_ok" hyp(R) uconstr(m) constr(s) :=
  go R (InvokeWrite udec udec bdec hm _ true tt tt m);
  go R (CommitToLog udec udec bdec hm _ true tt tt m);
  go R (NotifyWitness udec udec bdec hm _ true tt tt s);
  go R (WriteThroughCache udec udec bdec hm _ true tt tt s);
  go R (ReturnWrite udec udec bdec hm _ true).

(* A PUT commits while the witness is down; a new witness starts empty; a read through
   the node the PUT wrote finds the entry but the witness cannot vouch for it, so it
   reloads from the log (through the new witness) and returns the PUT.  A second read
   is then served from the cache: the witness vouches for the repaired entry. *)
Example read_after_write_across_witness_restart :
  exists st1, reachable st1 /\
    ph st1 false = RReady tt tt RGet 1 1 /\ read_result st1 tt RGet 1 = Some (VNull, 7) /\
    wepoch st1 = 1 /\
    exists st2, reachable st2 /\ ph st2 false = RReady tt tt RGet 1 1 /\ hw st2 tt = Some 1.
Proof.
  pose proof (@reach_init unit unit bool nat udec udec bdec hm init init_initial) as R.
  go R (InvokeWrite udec udec bdec hm _ true tt tt (MPut 7)).
  go R (CommitToLog udec udec bdec hm _ true tt tt (MPut 7)).
  go R (WitnessCrash udec udec bdec hm _).
  go R (NotifyWitness udec udec bdec hm _ true tt tt 1).
  go R (WriteThroughCache udec udec bdec hm _ true tt tt 1).
  go R (ReturnWrite udec udec bdec hm _ true).
  go R (WitnessRestart udec udec bdec hm _).
  go R (InvokeRead udec udec bdec hm _ false tt tt RGet).
  go R (ReadCache udec udec bdec hm _ false tt tt RGet 1).
  (* the new witness knows nothing: CheckWitness sends the read to the log *)
  go R (CheckWitness udec udec bdec hm _ false tt tt RGet (Some 1) 1).
  go R (ReloadFromLog udec udec bdec hm _ false tt tt RGet 1).
  go R (RepairCache udec udec bdec hm _ false tt tt RGet 1 1).
  exists (ltac:(match type of R with @Model.reachable _ _ _ _ _ _ _ _ ?st => exact st end)).
  split; [exact R | split; [reflexivity | split; [reflexivity | split; [reflexivity |]]]].
  go R (ReturnRead udec udec bdec hm _ false tt tt RGet 1 1).
  go R (InvokeRead udec udec bdec hm _ false tt tt RGet).
  go R (ReadCache udec udec bdec hm _ false tt tt RGet 1).
  (* now the witness vouches for the entry: served from the cache *)
  go R (CheckWitness udec udec bdec hm _ false tt tt RGet (Some 1) 1).
  eexists; split; [exact R | split; reflexivity].
Qed.

(* A LIST begun after a DELETE returned observes the key at the DELETE's seq, where
   the object is absent. *)
Example list_after_delete :
  exists st, reachable st /\
    match ph st false with
    | Listing L => lfloor L tt = 2 /\ lseen L tt = Some 2
    | _ => False
    end /\
    answer RGet (stackAt (log st tt) 2) = None /\
    answer RGet (stackAt (log st tt) 1) = Some (VNull, 7).
Proof.
  pose proof (@reach_init unit unit bool nat udec udec bdec hm init init_initial) as R.
  write_ok R (MPut 7) 1.
  write_ok R MDelete 2.
  go R (BeginList udec udec bdec hm _ false (fun _ => true)).
  go R (ListObserveKey udec udec bdec hm _ false tt tt _).
  eexists; split; [exact R | split; [split; reflexivity | split; reflexivity]].
Qed.

(* A versioning change while a PUT is committed but not yet notified: PublishCommitted
   makes the PUT take effect (the witness's known mark moves to it) before
   SetVersioning, so the PUT keeps the unversioned state it committed under; a read
   invoked then, with the writer still not notified, returns the PUT as the null
   version. *)
Example versioning_change_during_write :
  exists st1, reachable st1 /\
    vers st1 = Enabled /\ ph st1 true = WCommitted tt tt 2 /\
    hw st1 tt = Some 2 /\ pub st1 tt = 2 /\
    exists st2, reachable st2 /\
      ph st2 false = RReady tt tt RGet 2 2 /\ read_result st2 tt RGet 2 = Some (VNull, 7).
Proof.
  pose proof (@reach_init unit unit bool nat udec udec bdec hm init init_initial) as R.
  write_ok R (MPut 5) 1.
  go R (InvokeWrite udec udec bdec hm _ true tt tt (MPut 7)).
  go R (CommitToLog udec udec bdec hm _ true tt tt (MPut 7)).
  (* the second PUT is committed (unversioned) but unpublished: publish, then enable *)
  go R (PublishCommitted udec udec bdec hm _).
  go R (SetVersioning udec udec bdec hm _ Enabled).
  exists (ltac:(match type of R with @Model.reachable _ _ _ _ _ _ _ _ ?st => exact st end)).
  split; [exact R |]. do 4 (split; [reflexivity |]).
  go R (InvokeRead udec udec bdec hm _ false tt tt RGet).
  go R (ReadCache udec udec bdec hm _ false tt tt RGet 2).
  (* the node holds the first PUT; the witness's mark is the second: go to the log *)
  go R (CheckWitness udec udec bdec hm _ false tt tt RGet (Some 1) 2).
  go R (ReloadFromLog udec udec bdec hm _ false tt tt RGet 2).
  go R (RepairCache udec udec bdec hm _ false tt tt RGet 2 2).
  eexists; split; [exact R | split; reflexivity].
Qed.
