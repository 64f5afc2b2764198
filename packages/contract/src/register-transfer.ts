/** Import of counterparties (CSV, XLSX) and exports of the register. (Being built.) */
export {};
