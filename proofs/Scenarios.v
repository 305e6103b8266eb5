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
  first [exact I | vm_compute; reflexivity | vm_compute; discriminate | left; vm_compute; reflexivity].
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
  go R (InvokeWrite udec udec bdec hm _ true tt tt (MPut 7)).
  go R (CommitToLog udec udec bdec hm _ true tt tt (MPut 7)).
  go R (NotifyWitness udec udec bdec hm _ true tt tt 1).
  go R (WriteThroughCache udec udec bdec hm _ true tt tt 1).
  go R (ReturnWrite udec udec bdec hm _ true).
  go R (InvokeWrite udec udec bdec hm _ true tt tt MDelete).
  go R (CommitToLog udec udec bdec hm _ true tt tt MDelete).
  go R (NotifyWitness udec udec bdec hm _ true tt tt 2).
  go R (WriteThroughCache udec udec bdec hm _ true tt tt 2).
  go R (ReturnWrite udec udec bdec hm _ true).
  go R (BeginList udec udec bdec hm _ false (fun _ => true)).
  go R (ListObserveKey udec udec bdec hm _ false tt tt _).
  eexists; split; [exact R | split; [split; reflexivity | split; reflexivity]].
Qed.
