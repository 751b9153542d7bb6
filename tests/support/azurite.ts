export { startAzurite, type Azurite } from '../../scripts/local/notifications';
