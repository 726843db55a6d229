import { databasePath, runMigrations } from "./client";

runMigrations();
console.log(`Migrations applied to ${databasePath()}`);
