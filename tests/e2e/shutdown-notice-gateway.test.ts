import { shutdownNoticeCases } from '../helpers/shutdown-notice-cases.ts';

shutdownNoticeCases('gateway');
