import { setOutOfOffice } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const saveOutOfOffice = (outOfOffice: boolean) =>
  call(setOutOfOffice, { body: { outOfOffice } });
