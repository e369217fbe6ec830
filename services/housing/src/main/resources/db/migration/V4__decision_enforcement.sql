-- What casework decided on (its intervention) and when it was carried out (DecisionEnforced): the demo history
-- places clients on the day casework's decisions were enforced. Null on decisions read before this column.
alter table decision add column intervention text, add column enforced_on date;
