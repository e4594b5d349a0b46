-- Generated from shared/agencies.ts by `npm run deploy:generate`: edit the registry or scripts/deploy/render.ts, not this file.
-- One database per agency (D1): a subgraph's credentials reach only its own database.
CREATE DATABASE household;
CREATE DATABASE district;
CREATE DATABASE social;
CREATE DATABASE health;
CREATE DATABASE calendar;
CREATE DATABASE civil_affairs;
CREATE DATABASE police;
