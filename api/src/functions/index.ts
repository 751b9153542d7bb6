// Every function file of the app; each registers itself when imported.
import './crm-routes';
import './messages';
import './notifications';
import './imports';
import './exports';
import './migrations';
