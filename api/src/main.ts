// Entry of the Functions app in Azure: services from app settings, then every function.
import { provideAppServices } from './services/app-services';
import { servicesFromEnv } from './services/azure-services';
import './functions/index';

provideAppServices(() => servicesFromEnv(process.env));
